#!/bin/sh
# frontend container command: copy the freshly built React app from the image (/app/dist) into
# the dental-website-dist volume (/srv/dist) that nginx serves. A named volume is filled from an
# image only when it is first created, so this runs on every deploy.
#
# Order matters for visitors who are on the site during the copy: the hashed assets first, then
# index.html (renamed into place atomically) so that no page ever references a missing file.
# Assets of earlier builds stay for PRUNE_DAYS (default 7) days for pages still open on them.
set -eu

src=${SRC_DIR:-/app/dist}
dest=${DEST_DIR:-/srv/dist}
prune_days=${PRUNE_DAYS:-7}

[ -f "$src/index.html" ] || { echo "publish-frontend: $src/index.html missing" >&2; exit 1; }
mkdir -p "$dest"

# Everything but index.html (hashed assets, images, fonts, pre-compressed .gz files).
(cd "$src" && find . -type d) | while IFS= read -r dir; do mkdir -p "$dest/$dir"; done
(cd "$src" && find . -type f ! -name index.html ! -name index.html.gz) | while IFS= read -r file; do
    cp -p "$src/$file" "$dest/$file.tmp-publish" && mv -f "$dest/$file.tmp-publish" "$dest/$file"
done

# Then the entry point.
for file in index.html.gz index.html; do
    if [ -f "$src/$file" ]; then
        cp -p "$src/$file" "$dest/$file.tmp-publish" && mv -f "$dest/$file.tmp-publish" "$dest/$file"
    fi
done

# Drop old hashed assets that the current build no longer has.
if [ -d "$dest/assets" ]; then
    find "$dest/assets" -type f -mtime +"$prune_days" | while IFS= read -r old; do
        [ -e "$src/assets/${old#"$dest"/assets/}" ] || rm -f "$old"
    done
fi
echo "publish-frontend: published $(find "$src" -type f | wc -l) files to $dest"
