# Sourced by the scripts that start the packaged jar on a private port.

# Free means bindable on 127.0.0.1 right now (nothing listening, no socket in any state on it).
port_free() {
  python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}

# The first free port from $1 upwards.
first_free_port() {
  local port="$1"
  while ! port_free "$port"; do port=$((port + 1)); done
  echo "$port"
}
