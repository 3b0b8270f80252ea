package org.disclosureledger.kernel.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosureledger.kernel.report.ReportFormat.DefaultText;
import org.disclosureledger.kernel.report.ReportFormat.Section;
import org.disclosureledger.kernel.report.ReportTable.Block;
import org.disclosureledger.kernel.report.ReportTable.BlockRow;
import org.disclosureledger.kernel.report.ReportTable.Heading;
import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * The report format versions the kernel ships: {@code report-formats/index.json} lists them, and each is a file
 * {@code report-formats/<version>.json}. Every file is checked when read: each cell and placeholder must name a figure
 * of {@link ReportFigures}, each narrative a {@link NarrativeSection}; an error names the file and the place in it.
 */
public final class ReportFormats {
    private static final String FOLDER = "/org/disclosureledger/kernel/report-formats/";
    private static final ReportFormats BUNDLED = readBundled();

    private final Map<String, ReportFormat> byVersion;

    public ReportFormats(List<ReportFormat> formats) {
        Map<String, ReportFormat> map = new LinkedHashMap<>();
        for (ReportFormat format : formats) {
            if (map.put(format.version(), format) != null) {
                throw new IllegalArgumentException("report format " + format.version() + " is listed twice");
            }
        }
        this.byVersion = map;
    }

    /** The formats that ship with the kernel. */
    public static ReportFormats bundled() {
        return BUNDLED;
    }

    public Optional<ReportFormat> version(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** The format used for the reports of {@code year}: the latest one covering it. */
    public Optional<ReportFormat> forYear(int year) {
        return byVersion.values().stream().filter(format -> format.coversYear(year))
                .max(java.util.Comparator.comparingInt(ReportFormat::firstYear));
    }

    public List<ReportFormat> all() {
        return List.copyOf(byVersion.values());
    }

    private static ReportFormats readBundled() {
        JsonNode index = readJson(FOLDER + "index.json");
        List<ReportFormat> formats = new ArrayList<>();
        for (JsonNode version : index.path("formats")) {
            String file = FOLDER + version.asText() + ".json";
            ReportFormat format = read(readJson(file), file);
            if (!format.version().equals(version.asText())) {
                throw new IllegalStateException(file + ": version is " + format.version() + ", not " + version.asText());
            }
            formats.add(format);
        }
        return new ReportFormats(formats);
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = ReportFormats.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report format resource " + resource + " is missing");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads and checks one format file; {@code source} names it in errors. */
    public static ReportFormat read(JsonNode json, String source) {
        return new Reader(source).format(json);
    }

    /** Reads a format file's JSON, naming the place of every error. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        ReportFormat format(JsonNode json) {
            String title = text(json, "title", "");
            template(title, "title");
            JsonNode lastYear = json.path("lastYear");
            List<Section> sections = new ArrayList<>();
            Set<NarrativeSection> narratives = new HashSet<>();
            int i = 0;
            for (JsonNode section : array(json, "sections", "")) {
                Section read = section(section, "sections[" + i++ + "]");
                if (read.isNarrative() && !narratives.add(read.narrative())) {
                    throw error("sections", "narrative " + read.narrative() + " appears twice");
                }
                sections.add(read);
            }
            return new ReportFormat(text(json, "version", ""), text(json, "basis", ""), integer(json, "firstYear", ""),
                    lastYear.isNull() || lastYear.isMissingNode() ? null : lastYear.asInt(), title, sections);
        }

        private Section section(JsonNode json, String at) {
            String number = text(json, "number", at);
            String heading = text(json, "heading", at);
            boolean narrative = json.has("narrative");
            if (narrative == json.has("table")) {
                throw error(at, "a section has either a narrative or a table");
            }
            if (!narrative) {
                return new Section(number, heading, null, List.of(), null, table(json.get("table"), at + ".table"));
            }
            NarrativeSection code;
            try {
                code = OfficialTerm.parse(NarrativeSection.class, json.get("narrative").asText(), "narrative");
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
            List<String> mustQuote = new ArrayList<>();
            for (JsonNode figure : json.path("mustQuoteOneOf")) {
                mustQuote.add(figure(figure.asText(), at + ".mustQuoteOneOf"));
            }
            DefaultText defaultText = null;
            if (json.has("defaultText")) {
                JsonNode node = json.get("defaultText");
                String where = at + ".defaultText";
                defaultText = new DefaultText(figure(text(node, "figure", where), where + ".figure"),
                        template(text(node, "ifZero", where), where + ".ifZero"),
                        template(text(node, "otherwise", where), where + ".otherwise"));
            }
            return new Section(number, heading, code, mustQuote, defaultText, null);
        }

        private ReportTable table(JsonNode json, String at) {
            String kind = text(json, "kind", at);
            return switch (kind) {
                case "blocks" -> blocks(json, at);
                case "matrix" -> matrix(json, at);
                default -> throw error(at + ".kind", "unknown table kind '" + kind + "' (expected blocks or matrix)");
            };
        }

        private ReportTable.Blocks blocks(JsonNode json, String at) {
            List<Block> blocks = new ArrayList<>();
            int b = 0;
            for (JsonNode block : array(json, "blocks", at)) {
                String where = at + ".blocks[" + b++ + "]";
                List<String> columns = new ArrayList<>();
                array(block, "columns", where).forEach(column -> columns.add(column.asText()));
                if (columns.size() < 2) {
                    throw error(where + ".columns", "a block needs the label column and at least one column of figures");
                }
                List<BlockRow> rows = new ArrayList<>();
                int r = 0;
                for (JsonNode row : array(block, "rows", where)) {
                    String rowAt = where + ".rows[" + r++ + "]";
                    List<String> figures = new ArrayList<>();
                    array(row, "figures", rowAt).forEach(figure -> figures.add(figure(figure.asText(), rowAt + ".figures")));
                    if (figures.size() != columns.size() - 1) {
                        throw error(rowAt, "has " + figures.size() + " figures for " + (columns.size() - 1) + " columns");
                    }
                    rows.add(new BlockRow(text(row, "label", rowAt), figures));
                }
                blocks.add(new Block(text(block, "heading", where), columns, rows));
            }
            return new ReportTable.Blocks(blocks);
        }

        private ReportTable.Matrix matrix(JsonNode json, String at) {
            List<Heading> columns = headings(array(json, "columns", at), at + ".columns");
            List<Heading> rows = json.has("rows") ? headings(json.get("rows"), at + ".rows") : List.of();
            String corner = json.path("corner").isMissingNode() ? "" : json.path("corner").asText();
            ReportTable.Matrix matrix = new ReportTable.Matrix(corner, columns, rows, text(json, "cell", at));
            for (Heading row : matrix.rowLeaves()) {
                for (Heading column : matrix.columnLeaves()) {
                    figure(matrix.figure(row, column), at + ".cell (row " + row.key() + ", column " + column.key() + ")");
                }
            }
            return matrix;
        }

        private List<Heading> headings(JsonNode array, String at) {
            List<Heading> headings = new ArrayList<>();
            int i = 0;
            for (JsonNode node : array) {
                String where = at + "[" + i++ + "]";
                List<Heading> children = node.has("children") ? headings(node.get("children"), where + ".children") : List.of();
                String key = node.path("key").asText("");
                if (children.isEmpty() == key.isEmpty()) {
                    throw error(where, "a heading has either a key (a leaf) or children (a group)");
                }
                headings.add(new Heading(text(node, "label", where), key, children));
            }
            return headings;
        }

        private String figure(String name, String at) {
            if (!ReportFigures.isKnown(name)) {
                throw error(at, "unknown figure '" + name + "'");
            }
            return name;
        }

        private String template(String text, String at) {
            try {
                NarrativeTemplate.placeholders(text);
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
            return text;
        }

        private JsonNode array(JsonNode json, String field, String at) {
            JsonNode node = json.path(field);
            if (!node.isArray()) {
                throw error(join(at, field), "an array is expected");
            }
            return node;
        }

        private String text(JsonNode json, String field, String at) {
            JsonNode node = json.path(field);
            if (!node.isTextual() || node.asText().isBlank()) {
                throw error(join(at, field), "a text is expected");
            }
            return node.asText();
        }

        private int integer(JsonNode json, String field, String at) {
            JsonNode node = json.path(field);
            if (!node.canConvertToInt()) {
                throw error(join(at, field), "an integer is expected");
            }
            return node.asInt();
        }

        private static String join(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        private IllegalStateException error(String at, String message) {
            return new IllegalStateException(source + " at " + at + ": " + message);
        }
    }
}
