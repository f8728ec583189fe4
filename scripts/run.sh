#!/usr/bin/env bash
# The first of the README's two commands: install what is missing, build into build/, and start
# the ConvViz window on its default scene. Arguments are passed on (scripts/run.sh shape --help).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

"$root/scripts/build.sh" build
exec "$root/build/convviz" "$@"
