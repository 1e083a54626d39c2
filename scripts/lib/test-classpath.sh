# Sourced by the scripts in scripts/: compiles infra/local with its test classes (and the modules it needs, -am)
# and sets TEST_CLASSPATH to run a main class from infra/local's test sources. Maven reads MAVEN_ARGS, so
# `MAVEN_ARGS=-o scripts/…` builds offline.

build_test_classpath() {
  local root="$1"
  (cd "$root" && ./mvnw -B -q -pl infra/local -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt)
  TEST_CLASSPATH="$root/infra/local/target/test-classes:$root/infra/local/target/classes:$(cat "$root/infra/local/target/test-classpath.txt")"
  export TEST_CLASSPATH
}
