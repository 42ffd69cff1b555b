#!/usr/bin/env bash
# The load test (README, "Load"): the production jar on a database of its own with the demo data, its heap after a
# full GC before and after USERS sessions, and Gatling's NavigationSimulation against it for MINUTES.
#   ./mvnw -Pproduction package -DskipTests && USERS=200 MINUTES=10 src/load/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${USERS:-20}
MINUTES=${MINUTES:-1}
PORT=${PORT:-18080}
DB=${LOAD_DB:-haitang_load}
HEAP=${HEAP:-1g}
OUT=target/load
mkdir -p "$OUT"
JAR=$(ls target/haitang-console-*.jar | head -1)
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
JCMD="$JAVA_HOME/bin/jcmd"

if curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then
  echo "something already answers on port $PORT (a console left running?): stop it first" >&2
  exit 1
fi
mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB" DB_USER=root DB_PASSWORD= PORT=$PORT SPRING_PROFILES_ACTIVE=demo \
  HAITANG_SEARCH_DIR="$OUT/search-index" "$JAVA_HOME/bin/java" -Xmx$HEAP -Duser.timezone=Asia/Shanghai -jar "$JAR" \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 2
done
sleep 20 # the search index and the first requests settle
# A warm-up first: the first use of each view loads classes, compiles code and fills query-plan caches once for
# the whole server; measured after it, the difference is what the measured sessions hold. The warm-up's own
# sessions stay open, in both figures.
WARMUP_USERS=${WARMUP_USERS:-20}
if [ "$WARMUP_USERS" -gt 0 ]; then
  ./mvnw -B -q -Pload gatling:test -Dusers=$WARMUP_USERS -Dminutes=1 -DbaseUrl=http://localhost:$PORT \
    > "$OUT/warmup.log" 2>&1 || { echo "the warm-up failed: $OUT/warmup.log" >&2; exit 1; }
fi

# the heap after a full GC, in KB: what the sessions still hold once garbage is gone
heap() { "$JCMD" $APP GC.run >/dev/null; sleep 2; "$JCMD" $APP GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {gsub("K,?","",$(i+1)); print $(i+1)}}'; }
BEFORE=$(heap)
"$JCMD" $APP GC.class_histogram > "$OUT/histogram-before.txt"
echo "heap after GC before the run: ${BEFORE} KB"
./mvnw -B -Pload gatling:test -Dusers=$USERS -Dminutes=$MINUTES -DbaseUrl=http://localhost:$PORT | tee "$OUT/gatling.log" || true
# the sessions are still open (their users only stopped clicking): measured before they time out
AFTER=$(heap)
# what the sessions hold, by class: compare with histogram-before.txt
"$JCMD" $APP GC.class_histogram > "$OUT/histogram-after.txt"
echo "heap after GC after the run: ${AFTER} KB"
echo "LOAD heap per session: $(( (AFTER - BEFORE) / USERS )) KB ($USERS sessions, $MINUTES min)"
