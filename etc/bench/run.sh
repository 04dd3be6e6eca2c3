#!/usr/bin/env bash
# Benchmark of the Profile endpoints on 1,000,000 generated profiles, with each figure's ceiling.
# Usage: bash etc/bench/run.sh [seconds per scenario, default 15] [connections, default 16]
#        ONLY_TIMING=1 bash etc/bench/run.sh   (only the non-enumeration timings of local accounts)
# Needs: .NET SDK, PostgreSQL server binaries, redis-server, wrk, pgbench, openssl (installed with apt when root).
# State lives in /var/tmp/meetinity-bench (the database is generated once and reused).
set -euo pipefail
DURATION=${1:-15}
CONNECTIONS=${2:-16}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${BENCH_DIR:-/var/tmp/meetinity-bench}
PG_PORT=55432 REDIS_PORT=56379 APP_PORT=55001 BARE_PORT=55002
SECRET=bench-secret-of-at-least-thirty-two-bytes-0123456789
VIEWER=b0000000-0000-7000-8000-00000000b001 ADMIN=b0000000-0000-7000-8000-00000000b002
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null || { [ "$(id -u)" = 0 ] && { apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }; }; }; command -v "$1" >/dev/null || { echo "missing $1 (apt-get install $2)"; exit 1; }; }
need wrk wrk; need redis-server redis-server; need pgbench postgresql-client; need openssl openssl
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true; redis-cli -p $REDIS_PORT shutdown nosave >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
if [ ! -f "$WORK/pg/PG_VERSION" ]; then
  [ "$(id -u)" = 0 ] && chown postgres "$WORK"
  as_pg "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U meetinity >/dev/null
fi
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_connections=200" start >/dev/null
PSQL=(psql -h 127.0.0.1 -p $PG_PORT -U meetinity -v ON_ERROR_STOP=1 -q)
"${PSQL[@]}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='bench'" | grep -q 1 || "${PSQL[@]}" -d postgres -c "CREATE DATABASE bench"
redis-server --port $REDIS_PORT --save '' --appendonly no --daemonize yes >/dev/null

echo "== building (Release)"
dotnet build -c Release "$ROOT/host/Meetinity.HttpApi.Host" -o "$WORK/host" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/etc/bench/BareEndpoint" -o "$WORK/bare" -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Production DATABASE_URL="postgresql://meetinity@127.0.0.1:$PG_PORT/bench" REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export JWT_SECRET=$SECRET APP_PORT=$APP_PORT Logging__LogLevel__Default=Warning UPLOAD_FOLDER="$WORK/uploads"
export Identity__RateLimit__PermitsPerMinute=100000
(cd "$WORK/host" && dotnet Meetinity.HttpApi.Host.dll migrate >/dev/null)

if [ "$("${PSQL[@]}" -d bench -tAc "SELECT count(*) FROM profile.profiles")" -lt 1000000 ]; then
  echo "== generating 1,000,000 profiles"
  start=$(date +%s); "${PSQL[@]}" -d bench -f "$ROOT/etc/bench/seed.sql" >/dev/null; echo "   took $(( $(date +%s) - start )) s"
fi
"${PSQL[@]}" -d bench >/dev/null <<SQL
INSERT INTO identity.accounts (id, name, role, suspended, created_at, updated_at, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
VALUES ('$VIEWER', 'Bench Viewer', 'user', false, now(), now(), true, false, false, false, 0),
       ('$ADMIN', 'Bench Admin', 'admin', false, now(), now(), true, false, false, false, 0) ON CONFLICT DO NOTHING;
INSERT INTO identity.sessions (id, account_id, provider, created_at, last_used_at, expires_at)
VALUES ('$VIEWER', '$VIEWER', 'google', now(), now(), now() + interval '1 day'), ('$ADMIN', '$ADMIN', 'google', now(), now(), now() + interval '1 day')
ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, revoked_at = NULL;
SQL
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
jwt() { # sub, role
  local now; now=$(date +%s)
  local header payload
  header=$(printf '{"alg":"HS256","typ":"at+jwt"}' | b64)
  payload=$(printf '{"iss":"meetinity-user-service","aud":"meetinity","sub":"%s","sid":"%s","role":"%s","jti":"%s","iat":%d,"nbf":%d,"exp":%d}' "$1" "$1" "$2" "$(cat /proc/sys/kernel/random/uuid)" "$now" "$now" $((now + 7200)) | b64)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$SECRET" -binary | b64)"
}
USER_TOKEN=$(jwt $VIEWER user); ADMIN_TOKEN=$(jwt $ADMIN admin)
"${PSQL[@]}" -d bench -tAc "SELECT id FROM profile.profiles TABLESAMPLE SYSTEM (20) REPEATABLE (7) WHERE status = 'active' AND preferences_visibility = 'public' LIMIT 150000" > "$WORK/ids.txt"
HOT=$(head -1 "$WORK/ids.txt")

(cd "$WORK/host" && exec dotnet Meetinity.HttpApi.Host.dll) >"$WORK/host.log" 2>&1 & PIDS+=($!); HOST_PID=$!
(cd "$WORK/bare" && exec dotnet BareEndpoint.dll --urls "http://127.0.0.1:$BARE_PORT") >"$WORK/bare.log" 2>&1 & PIDS+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$APP_PORT/health/ready" >/dev/null && curl -sf "http://127.0.0.1:$BARE_PORT/users/x" >/dev/null && break; sleep 0.3; done
curl -sf -H "Authorization: Bearer $USER_TOKEN" "http://127.0.0.1:$APP_PORT/users/$HOT" >/dev/null || { echo "the service refused the bench token"; tail -20 "$WORK/host.log"; exit 1; }

MAX_RSS=0
sample_rss() { while kill -0 "$HOST_PID" 2>/dev/null; do r=$(ps -o rss= -p "$HOST_PID" | tr -d ' '); [ -n "$r" ] && echo "$r"; sleep 0.5; done > "$WORK/rss.txt"; }
sample_rss & PIDS+=($!)

ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.2f", v/1000; else if (v ~ /ms$/) printf "%.2f", v+0; else if (v ~ /s$/) printf "%.2f", v*1000; else print v }'; }
ROWS=()
run() { # name, url, [env...]
  local name=$1 url=$2; shift 2
  env "$@" wrk -t2 -c"$CONNECTIONS" -d3s -s "$ROOT/etc/bench/wrk.lua" "$url" >/dev/null 2>&1 # warm-up
  local out; out=$(env "$@" wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/etc/bench/wrk.lua" "$url")
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out"); p50=$(ms "$(awk '$1=="50%" {print $2}' <<<"$out")"); p99=$(ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out"); errors=${errors:-0}
  ROWS+=("$(printf '| %-40s | %10s | %9s | %9s | %6s |' "$name" "$rps" "$p50" "$p99" "$errors")")
}
A="http://127.0.0.1:$APP_PORT"
if [ "${ONLY_TIMING:-0}" = 0 ]; then
echo "== running: $DURATION s per scenario, $CONNECTIONS connections, 2 wrk threads"
run "bare ASP.NET Core endpoint (ceiling)" "http://127.0.0.1:$BARE_PORT/users/x"
run "GET /users/{id}, cached (one hot id)" "$A/users/$HOT" TOKEN="$USER_TOKEN"
run "GET /users/{id}, uncached (150k ids)" "$A/users/x" TOKEN="$USER_TOKEN" IDS="$WORK/ids.txt" PATH_TEMPLATE="/users/%s"
run "GET /users?industry&min_experience&sort" "$A/users?industry=software&min_experience=10&sort=-experience" TOKEN="$USER_TOKEN"
run "GET /users/search?q=engineer" "$A/users/search?q=engineer" TOKEN="$USER_TOKEN"
run "GET /users/search?q=enginer (typo)" "$A/users/search?q=enginer" TOKEN="$USER_TOKEN"
run "PUT /users/{id} (admin, random ids)" "$A/users/x" TOKEN="$ADMIN_TOKEN" IDS="$WORK/ids.txt" PATH_TEMPLATE="/users/%s" METHOD=PUT

echo "== raw SQL of the search (pgbench, same $CONNECTIONS clients)"
rm -f "$WORK"/pgbench_log.*
(cd "$WORK" && pgbench -h 127.0.0.1 -p $PG_PORT -U meetinity -n -M simple -c "$CONNECTIONS" -j 2 -T "$DURATION" -l -f "$ROOT/etc/bench/search.sql" bench >"$WORK/pgbench.out" 2>&1)
read -r PG_P50 PG_P99 < <(cat "$WORK"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f\n", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}')
PG_TPS=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.out")
ROWS+=("$(printf '| %-40s | %10s | %9s | %9s | %6s |' "raw SQL of search q=engineer (pgbench)" "$PG_TPS" "$PG_P50" "$PG_P99" "-")")
SINGLE=$("${PSQL[@]}" -d bench -c '\timing on' -f "$ROOT/etc/bench/search.sql" 2>&1 | awk '/^Time:/ {t+=$2} END {printf "%.1f", t}')
MAX_RSS=$(sort -n "$WORK/rss.txt" | tail -1)
echo
echo "| scenario                                 |  requests/s |  p50 (ms) |  p99 (ms) | non-2xx |"
echo "|------------------------------------------|------------:|----------:|----------:|-------:|"
printf '%s\n' "${ROWS[@]}"
echo
echo "raw SQL of the search, one run through psql (no load): $SINGLE ms"
echo "service memory (RSS) at most: $(( MAX_RSS / 1024 )) MB"

fi

echo "== non-enumeration timing (sequential requests; an account that exists vs one that does not)"
KNOWN="bench-known-$(date +%s)@bench.example"
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' -d "$2" "$A$1"; }
post /auth/register "{\"email\":\"$KNOWN\",\"password\":\"correct horse battery staple\",\"name\":\"Bench\"}" >/dev/null
MAIL=""
for _ in $(seq 100); do MAIL=$(grep -l "$KNOWN" "$WORK/host/instance/mail/"*.eml 2>/dev/null | head -1 || true); [ -n "$MAIL" ] && break; sleep 0.2; done
[ -n "$MAIL" ] || { echo "the verification mail was not written under $WORK/host/instance/mail"; exit 1; }
TOKEN=$(grep -o 'token=[A-Za-z0-9_-]*' "$MAIL" | head -1 | cut -d= -f2)
post /auth/email/verify "{\"token\":\"$TOKEN\"}" >/dev/null
median() { awk '{print $2*1000}' | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'; }
statuses() { awk '{print $1}' | sort -u | tr '\n' ' '; }
timing() { # label, path, body with EMAIL standing for the address; known and unknown alternate, so drift hits both
  local both k u
  both=$(for i in $(seq 40); do
    echo "K $(post "$2" "${3//EMAIL/$KNOWN}")"
    echo "U $(post "$2" "${3//EMAIL/nobody-$i-$RANDOM@bench.example}")"
  done)
  k=$(awk '$1=="K" {print $2, $3}' <<<"$both"); u=$(awk '$1=="U" {print $2, $3}' <<<"$both")
  printf '| %-34s | %12s ms (%s) | %12s ms (%s) |\n' "$1" "$(median <<<"$k")" "$(statuses <<<"$k" | xargs)" "$(median <<<"$u")" "$(statuses <<<"$u" | xargs)"
}
TIMING=$(
  timing "POST /auth/login (wrong password)" /auth/login '{"email":"EMAIL","password":"not the right one"}'
  timing "POST /auth/password/forgot" /auth/password/forgot '{"email":"EMAIL"}'
  timing "POST /auth/register" /auth/register '{"email":"EMAIL","password":"another long passphrase","name":"B"}'
)

echo
echo "| non-enumeration (median of 40, status) | existing address | unknown address |"
echo "|------------------------------------|----------------------:|----------------------:|"
echo "$TIMING"
