#!/usr/bin/env bash
# One-off maintainer step: regenerate the subset fonts in templates/assets/fonts/.
#
# The layout engine embeds the font files it is given, and Skia embeds them whole, so the
# shipped files are cut down to the scripts a briefing uses: Latin (Basic, Latin-1,
# Extended-A), General Punctuation, a few currency and letterlike signs, and Cyrillic.
# Noto Serif and Noto Sans have no arrows, minus sign or geometric shapes (▲▼), so two tiny
# symbol cuts ship beside them as the engine's fallback fonts: arrows and math signs from Noto
# Sans Math (drawn at text size, on the math axis), triangles, squares and circles from Noto
# Sans Mono.
#
# Source: Debian package fonts-noto-core (SIL Open Font License 1.1, see OFL.txt).
#   apt-get install -y fonts-noto-core python3-fonttools
# Run from anywhere: tools/subset-fonts.sh [source-dir]
# The output is committed; run this only to change the character set or the source fonts.
set -euo pipefail

src="${1:-/usr/share/fonts/truetype/noto}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/templates/assets/fonts"
mkdir -p "$out"

if command -v pyftsubset >/dev/null 2>&1; then
    subset=(pyftsubset)
else
    # Debian's python3-fonttools has the module but not the pyftsubset launcher.
    subset=(/usr/bin/python3 -m fontTools.subset)
fi

# Basic Latin, Latin-1, Latin Extended-A, a few combining accents (stress marks in Cyrillic),
# General Punctuation (dashes, curly quotes, ellipsis, bullet, thin spaces), currency signs
# (€ ₴ ₽), № and ™, Cyrillic.
text_unicodes="U+0020-007E,U+00A0-00FF,U+0100-017F,U+0300-0304,U+0306-0308,U+030C,\
U+2000-206F,U+20AC,U+20B4,U+20BD,U+2116,U+2122,U+0400-04FF"

# What the text fonts lack: arrows, minus and comparison signs; triangles, squares, circles.
math_unicodes="U+2190-2199,U+21D0-21D5,U+2212,U+2215,U+2219,U+221E,U+2248,U+2260,U+2264-2265"
shape_unicodes="U+25A0-25A1,U+25B2-25B3,U+25B6,U+25BA,U+25BC-25BD,U+25C0,U+25C4,U+25C6-25C7,\
U+25CB,U+25CF"

# Hinting is dropped: PDF viewers do not use TrueType instructions, and they are a third of
# the file. Layout features (kerning, ligatures, marks) are kept.
common=(--no-hinting --notdef-outline --name-IDs='*' --name-languages='*' --drop-tables+=DSIG)

for family in NotoSerif NotoSans; do
    for style in Regular Bold Italic BoldItalic; do
        "${subset[@]}" "$src/$family-$style.ttf" --unicodes="$text_unicodes" "${common[@]}" \
            --output-file="$out/$family-$style.ttf"
    done
done
"${subset[@]}" "$src/NotoSansMath-Regular.ttf" --unicodes="$math_unicodes" "${common[@]}" \
    --output-file="$out/NotoSansMath-Symbols.ttf"
"${subset[@]}" "$src/NotoSansMono-Regular.ttf" --unicodes="$shape_unicodes" "${common[@]}" \
    --output-file="$out/NotoSansMono-Symbols.ttf"

ls -l "$out"/*.ttf
