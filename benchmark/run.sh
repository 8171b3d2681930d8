#!/usr/bin/env bash
# The benchmark (benchmark/README.md): the project against a bare Camunda 7.24 application on the
# local MariaDB. Builds the three jars (the project's with its tests skipped), then runs the driver.
#   benchmark/run.sh --quick          # a few minutes: 20 cases, 1,000 open tasks, 500 timers
#   benchmark/run.sh                  # the full sizes: 100 cases, 1,000/10,000/100,000 open tasks, 10,000 timers
#   benchmark/run.sh --skip-build ... # reuse the jars of an earlier build
# Further options (see benchmark/README.md): --cases=N --statement-cases=N --threads=N
#   --open-tasks=1000,10000 --queries=N --timers=N --query-timeout=SECONDS --keep-databases --report=FILE
#   --apps=project|bare (one side only, for a look) --note="a line printed above the table"
#   --phases=task-query (only some of statements,throughput,timers,task-query)
# MariaDB: TEST_DB_ADMIN_URL (default jdbc:mariadb://127.0.0.1:3306/), TEST_DB_USER (root), TEST_DB_PASSWORD.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build=true
args=()
for arg in "$@"; do
  if [[ "$arg" == "--skip-build" ]]; then build=false; else args+=("$arg"); fi
done
offline=${MAVEN_OFFLINE:--o}
if $build; then
  echo "building the project (tests skipped), the bare application and the driver..."
  (cd "$root" && mvn -B -q -ntp $offline package -DskipTests)
  (cd "$here/bare-camunda" && mvn -B -q -ntp $offline package -DskipTests)
  (cd "$here/driver" && mvn -B -q -ntp $offline package -DskipTests)
fi
project_jar="$(ls "$root"/target/sanxiang-workflow-*.jar | grep -v original | head -n1)"
cd "$root"
exec java -jar "$here/driver/target/bench-driver.jar" \
  --project-jar="$project_jar" --bare-jar="$here/bare-camunda/target/bare-camunda.jar" \
  --report="$root/docs/benchmarks.md" ${args[@]+"${args[@]}"}
