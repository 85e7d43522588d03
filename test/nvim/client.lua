-- Headless Neovim (0.7.2+) as a second real LSP client for walint.
-- Opens WALINT_FILE, starts `node WALINT_SERVER --stdio`, waits for the
-- diagnostics, asks for a hover at WALINT_HOVER_LINE:WALINT_HOVER_CHAR
-- (0-based), writes everything as JSON to WALINT_OUT, and quits.
local env = vim.fn.environ()
local out_path = env.WALINT_OUT
local result = { diagnostics = {}, hover = vim.NIL, errors = {} }
local finished = false

local function finish()
  if finished then return end
  finished = true
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.WALINT_FILE))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'walint',
    cmd = { env.WALINT_NODE or 'node', env.WALINT_SERVER, '--stdio' },
    root_dir = env.WALINT_ROOT,
    init_options = { locale = 'en' },
    on_exit = function(code)
      if not finished and code ~= 0 then
        table.insert(result.errors, 'server exited with code ' .. tostring(code))
        vim.schedule(finish)
      end
    end,
  })
  if not client_id then error('start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  vim.api.nvim_create_autocmd('DiagnosticChanged', {
    buffer = bufnr,
    callback = function()
      local diags = vim.diagnostic.get(bufnr)
      if #diags == 0 or result.hover ~= vim.NIL then return end
      for _, d in ipairs(diags) do
        local lsp = (d.user_data and d.user_data.lsp) or {}
        table.insert(result.diagnostics, {
          lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
          severity = d.severity, source = d.source, message = d.message,
          code = lsp.code or d.code,
          href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
        })
      end
      local client = vim.lsp.get_client_by_id(client_id)
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        position = { line = tonumber(env.WALINT_HOVER_LINE), character = tonumber(env.WALINT_HOVER_CHAR) },
      }
      result.hover = 'pending'
      client.request('textDocument/hover', params, function(herr, res)
        if herr then table.insert(result.errors, vim.inspect(herr)) end
        result.hover = (res and res.contents and res.contents.value) or vim.NIL
        vim.schedule(finish)
      end, bufnr)
    end,
  })
end)
if not ok then
  table.insert(result.errors, tostring(err))
  finish()
end

-- A guard so a broken server cannot hang the test run forever (not a timing assertion).
vim.defer_fn(function()
  table.insert(result.errors, 'no diagnostics from walint within 30 s')
  finish()
end, 30000)
