package org.disclosureledger.node;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A PostgreSQL of its own for a machine that has none (a laptop with only Java): {@code ./ledger} starts it from
 * the application jar when no server answers. Arguments: data directory, port. Runs until stopped.
 */
public final class EmbeddedPostgres {
    private EmbeddedPostgres() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgres <data-directory> <port>");
            System.exit(2);
        }
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setPort(Integer.parseInt(args[1]))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("embedded PostgreSQL ready on port " + postgres.getPort());
        Thread.currentThread().join();
    }
}
