#!/bin/sh
# The reader's post-build hook (Trunk.toml) runs this: it builds the
# authoring page with its own Trunk config (Trunk.author.toml) and copies
# the page, its wasm and its styles into the reader's staging folder, next
# to index.html, with the service worker that keeps both pages offline.
set -eu
staging="$TRUNK_STAGING_DIR"
profile="${TRUNK_PROFILE:-debug}"
release=""
[ "$profile" = "release" ] && release="--release"
out=target/author-dist
# The outer build's TRUNK_* variables would override the inner build's
# settings (clap reads them): start it without them.
env $(env | sed -n 's/^\(TRUNK_[A-Z_]*\)=.*/-u \1/p') \
  trunk --config Trunk.author.toml build $release --dist "$out"
page="$out/index.html"
[ -f "$page" ] || page="$out/author.html"
cp "$page" "$staging/author.html"
for file in "$out"/*; do
  case "$(basename "$file")" in
    index.html|author.html|assets) ;;
    *) cp -r "$file" "$staging/" ;;
  esac
done
cp assets/sw.js "$staging/sw.js"
