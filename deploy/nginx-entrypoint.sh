#!/bin/sh
# Fills the proxy template for the docker-compose deployment and runs nginx in the foreground.
set -eu
RUN_DIR=/var/cache/nginx/videoveileder
mkdir -p "$RUN_DIR"
# The official image runs its workers as "nginx"; they write the cache and temp files here.
chown -R nginx:nginx "$RUN_DIR"
sed -e "s#{{RUN_DIR}}#$RUN_DIR#g" -e "s#{{UPSTREAM}}#${UPSTREAM:-app:3000}#g" -e "s#{{LISTEN}}#${LISTEN:-80}#g" \
  /etc/nginx/templates-vv/nginx.conf.template > /etc/nginx/nginx.conf
exec nginx -g 'daemon off;'
