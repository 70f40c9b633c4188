#!/bin/sh
# Fills Neo4j's plugins directory from the launcher's Maven build, for the compose image (neo4j/Dockerfile):
#   plugins.sh <target/plugins> <target/lib> <Neo4j's lib directory> <plugins directory to fill>
# APOC and GDS come from target/plugins. The embedded launcher has their other dependencies on its
# classpath (target/lib); a server loads them from the plugins directory, so each jar of target/lib goes
# in too, unless Neo4j's own lib already has that artifact (in any version: the server's copy wins).
set -eu
plugins=$1 lib=$2 neo4j_lib=$3 out=$4
mkdir -p "$out"
cp "$plugins"/*.jar "$out"/
for jar in "$lib"/*.jar; do
  name=$(basename "$jar")
  [ -e "$out/$name" ] && continue
  # artifact-1.2.3.jar, artifact-1.2.3.Final-linux-x86_64.jar → artifact
  artifact=$(printf '%s\n' "$name" | sed -E 's/-[0-9][^-]*(-[a-z][^.]*)?\.jar$//')
  if ls "$neo4j_lib" | grep -q -F -x -e "$name" || ls "$neo4j_lib" | grep -q -E "^$(printf '%s' "$artifact" | sed 's/[.[\*^$]/\\&/g')-[0-9]"; then
    continue
  fi
  cp "$jar" "$out"/
done
