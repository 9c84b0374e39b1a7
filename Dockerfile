# syntax=docker/dockerfile:1
# Démarches CPAM: the production image (see docs/exploitation.md).
# Two stages: Maven builds the jar with a JDK, a JRE 17 image runs it as a non-root user.
# The tests run in CI (.ci/run), not in the image build.

FROM maven:3.9-eclipse-temurin-17 AS construction
WORKDIR /construction
# pom.xml, src/main and processes/ (.dockerignore leaves out the tests, target/, data/, .env).
COPY . ./
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -Dmaven.test.skip=true package \
 && java -Djarmode=tools -jar target/demarches-cpam-*.jar extract --layers --launcher --destination extrait

FROM eclipse-temurin:17-jre
# curl for the health check; nothing else is added to the JRE image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 demarches \
 && useradd --system --uid 10001 --gid demarches --home-dir /app --no-create-home --shell /usr/sbin/nologin demarches
WORKDIR /app
# Layers from the least to the most often changed, so an upgrade of our code ships one small layer.
COPY --from=construction /construction/extrait/dependencies/ ./
COPY --from=construction /construction/extrait/spring-boot-loader/ ./
COPY --from=construction /construction/extrait/snapshot-dependencies/ ./
COPY --from=construction /construction/extrait/application/ ./
USER 10001:10001
ENV TZ=Europe/Paris \
    LANG=C.UTF-8 \
    PORT=8080 \
    SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Duser.timezone=Europe/Paris -Dfile.encoding=UTF-8"
EXPOSE 8080
# Ready = the database answers and the engine runs (Actuator readiness group).
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=4 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
