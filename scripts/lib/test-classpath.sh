# Sourced by the scripts in scripts/ and infra/conformance/: compiles a module (infra/local unless another is named)
# with its test classes (and the modules it needs, -am) and sets TEST_CLASSPATH to run a main class from that
# module's test sources. Maven reads MAVEN_ARGS, so `MAVEN_ARGS=-o scripts/…` builds offline.

build_test_classpath() {
  local root="$1"
  local module="${2:-infra/local}"
  (cd "$root" && ./mvnw -B -q -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt)
  TEST_CLASSPATH="$root/$module/target/test-classes:$root/$module/target/classes:$(cat "$root/$module/target/test-classpath.txt")"
  export TEST_CLASSPATH
}
