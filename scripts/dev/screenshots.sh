#!/usr/bin/env bash
# A developer's tool, not part of the build or the tests: retakes the README's screenshots
# (docs/screenshots/*.png) with the app already built in build/ (run scripts/build.sh first; this
# script never builds). Each picture is taken by the app itself (--screenshot, with --preset,
# --view, --at, --hover, --keys, --theme, --lang, --present, --predict, --lesson, --export-dialog,
# --export-to) under xvfb-run, at 1280x720, with HOME and XDG_CONFIG_HOME pointing at a fresh
# temporary directory, so no user's settings (theme, language, font size, panel widths, last
# scene) leak into a picture. The app runs from that directory too (the export it runs for
# export_progress.png is written there and removed with it), except for export_dialog.png, which
# runs from /tmp so that the dialog's default file reads /tmp/<preset>.gif rather than a random
# temporary path or the checkout's (the dialog writes nothing).
#
#   scripts/dev/screenshots.sh              retake all of them into docs/screenshots/
#   scripts/dev/screenshots.sh gather zh    retake only these (names without .png)
#   OUT_DIR=/tmp/shots scripts/dev/screenshots.sh    write them elsewhere, to compare first
#
# Look at every picture afterwards: the README's captions describe what each one shows.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app="$root/build/convviz"
out_dir=${OUT_DIR:-$root/docs/screenshots}
size=1280x720

if [[ ! -x "$app" ]]; then
    echo "screenshots.sh: no $app; build it first (scripts/build.sh build)" >&2
    exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is not installed" >&2; exit 2; }
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/convviz-screenshots.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home/.config"

only=("$@")
wanted() {
    [[ ${#only[@]} -eq 0 ]] && return 0
    local n
    for n in "${only[@]}"; do [[ "$n" == "$1" ]] && return 0; done
    return 1
}

# shot NAME ARGS...: runs the app with ARGS (from $run_dir) and writes $out_dir/NAME.png.
run_dir="$tmp/home"
shot() {
    local name=$1
    shift
    wanted "$name" || return 0
    echo "== $name.png: convviz $* --size $size --screenshot $name.png"
    (cd "$run_dir" &&
        env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
            xvfb-run -a -s "-screen 0 1920x1200x24" \
            "$app" "$@" --size "$size" --screenshot "$out_dir/$name.png")
}

# The top of the README: the default kind of scene, a transposed convolution as a convolution
# over the spread input, mid-step with one product of the sum lit.
shot gather --preset padding_strides_transposed --view gather --at 7.3

# The conv_arithmetic views.
shot scatter --preset padding_strides_transposed --view scatter --at 9.5
shot crop --preset padding_strides_odd_transposed --view crop --at 3.6
shot conv_hover --preset padding_strides --view conv --at 4.7 --hover 2,1,1
shot conv_dark --preset dilation --view conv --at 6.5 --theme dark

# The upsampling family.
shot unpool --preset maxpool_unpool_output_size --view unpool --at 6.5
shot compare --preset compare_upsampling --view compare --at 9.5
shot upsample_bicubic --preset upsample_bicubic --view upsample --at 6.5
shot upsample_sampling --preset upsample_bilinear_align_corners --view upsample --at 0.8
shot shuffle --preset pixel_shuffle --view shuffle --at 9.3

# The matrix view.
shot matrix_rows --preset d2l_conv_matrix --view matrix --at 1.5
# At 1920x1080: at 1280x720 the row and column marks x[j], y[i] would be under 12 px, and are
# left out.
size=1920x1080 shot matrix_transpose --preset d2l_conv_matrix --view matrix --at 4.3
shot matrix_columns --preset no_padding_strides --view matrix --at 6.5
shot matrix_large --preset matrix_1024 --view matrix --at 40 --hover 4,33,34
# Past the cell budget (172,076 cells): the overview's heat maps, the output filling in.
shot overview --preset large --view matrix --at 1500

# In the classroom.
shot present --lesson builtin --present --at 3.0
shot lesson --lesson builtin --at 3.0
shot predict --predict
shot zh --lang zh-CN --preset padding_strides_transposed --view gather --at 9.0
shot zh_present --lang zh-CN --lesson builtin --present \
    --keys End,Right,End,Right,End,Right,End,Right,End,Right,End,Right,End,Right,End,Right,End

# Export.
# The app's default scene (padding_strides_transposed, gather view) at its start.
run_dir=/tmp shot export_dialog --export-dialog
# A relative file, so the progress box shows a short name; the GIF lands in $tmp/home.
shot export_progress --export-to padding_strides_transposed.gif

echo "screenshots.sh: done; look at every one in $out_dir"
