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
 && java -Djarmode=tools -jar target/demarches-cpam-*.jar extract --layers --application-filename demarches-cpam.jar --destination extrait

FROM eclipse-temurin:17-jre
# curl for the health check; nothing else is added to the JRE image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 demarches \
 && useradd --system --uid 10001 --gid demarches --home-dir /app --no-create-home --shell /usr/sbin/nologin demarches
WORKDIR /app
# Layers from the least to the most often changed, so an upgrade of our code ships one small layer:
# lib/ (the dependencies), then demarches-cpam.jar (our code, its manifest names lib/'s jars).
COPY --from=construction /construction/extrait/dependencies/ ./
COPY --from=construction /construction/extrait/snapshot-dependencies/ ./
COPY --from=construction /construction/extrait/application/ ./
# Class data sharing: one start, on an in-memory database, records the classes it loads in
# demarches-cpam.jsa, which every start then maps instead of reading and verifying them again
# (about 30 % less start-up time, docs/decisions/0034-archive-de-classes-partagees-dans-l-image.md).
# Same JRE, same jars: the archive is made here, in the image that runs it. An archive that does
# not match (another JRE, a changed jar) is refused with one warning in the log, and the
# application starts the ordinary way.
RUN java -XX:ArchiveClassesAtExit=demarches-cpam.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
      -Dspring.context.exit=onRefresh -jar demarches-cpam.jar \
      --spring.profiles.active=default --spring.datasource.url=jdbc:h2:mem:archivage --logging.level.root=warn \
 && test -s demarches-cpam.jsa
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
ENTRYPOINT ["java", "-XX:SharedArchiveFile=demarches-cpam.jsa", "-jar", "demarches-cpam.jar"]
