#!/usr/bin/env bash
# Copies the web UI's front-end packages from npm (package.json, pinned by
# package-lock.json) into static/vendor, which go:embed puts in the binary.
# The result is committed, so that `go build` alone needs no npm; rerun this
# after changing package.json and commit static/vendor.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
rm -rf static/vendor
mkdir -p static/vendor/images
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css static/vendor/
cp node_modules/leaflet/dist/images/*.png static/vendor/images/
cp node_modules/leaflet/LICENSE static/vendor/LICENSE.leaflet
cp node_modules/topojson-client/dist/topojson-client.min.js static/vendor/
cp node_modules/topojson-client/LICENSE static/vendor/LICENSE.topojson-client
# Natural Earth 1:50m countries (public domain) as TopoJSON, from world-atlas (ISC).
cp node_modules/world-atlas/countries-50m.json static/vendor/
cp node_modules/world-atlas/LICENSE static/vendor/LICENSE.world-atlas
ls -l static/vendor
