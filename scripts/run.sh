#!/usr/bin/env bash
# The first of the README's two commands: install what is missing, build into build/, and start
# ConvViz with its built-in default scene. Arguments are passed on (scripts/run.sh shape --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/build.sh" build
# The window arrives with the GUI; until then convviz shows the default scene on the terminal.
exec "$root/build/convviz" "$@"
