#!/usr/bin/env bash
# Renders the PNG versions of the media-pack graphics from their SVG sources. Run after
# editing an SVG (needs rsvg-convert: apt-get install librsvg2-bin); the PNGs are committed,
# so building and serving Sparks never needs this.
set -euo pipefail
cd "$(dirname "$0")"
rsvg-convert -w 960 -h 240 wordmark.svg -o wordmark.png
rsvg-convert -w 1200 -h 630 banner-social.svg -o banner-social.png
rsvg-convert -w 1080 -h 1080 banner-square.svg -o banner-square.png
