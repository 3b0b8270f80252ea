package org.disclosureledger.casework.stream;

import org.apache.kafka.clients.admin.NewTopic;
import org.disclosureledger.kernel.stream.LedgerEventEnvelope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The ledger's topic, created at start-up when missing (sizes from {@code ledger.kafka.*}; see infra/kafka). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.kafka.publish", havingValue = "true")
public class KafkaTopics {
    @Bean
    public NewTopic ledgerEventsTopic(@Value("${ledger.kafka.partitions:6}") int partitions,
                                      @Value("${ledger.kafka.replicas:1}") short replicas) {
        return TopicBuilder.name(LedgerEventEnvelope.TOPIC).partitions(partitions).replicas(replicas)
                .config("retention.ms", "-1")
                .build();
    }
}
