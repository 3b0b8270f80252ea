# Builds the services from source. docker compose picks the deployment with SERVICE: single-node (casework and
# reporting in one process, reporting reading the event store), or casework and reporting apart (the split
# deployment: casework publishes its events to Kafka, reporting reads them from there into a database of its own).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -q package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE=single-node
WORKDIR /app
COPY --from=build /src/services/single-node/target/disclosure-ledger.jar /app/single-node.jar
COPY --from=build /src/services/casework/target/casework-*-exec.jar /app/casework.jar
COPY --from=build /src/services/reporting/target/reporting-*-exec.jar /app/reporting.jar
ENV SERVICE=${SERVICE} AXONIQ_UPDATE_CHECKER_DISABLED=true
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec java -Ddisable-axoniq-console-message=true -jar /app/${SERVICE}.jar"]
