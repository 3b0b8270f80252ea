package org.disclosureledger.kernel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrative text with the report's figures quoted as placeholders: {@code 全年公开信息{{publications.total}}条}. A
 * placeholder is a figure name of {@link ReportFigures} between double braces; anything else between them, or a
 * brace pair left open, is an error that names it.
 */
public final class NarrativeTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

    private NarrativeTemplate() {
    }

    /** The figure names {@code text} quotes, in order of appearance; throws naming a malformed or unknown one. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder outside = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            outside.append(text, last, matcher.start()).append('\u0000');
            last = matcher.end();
            String name = matcher.group(1).strip();
            if (!ReportFigures.isKnown(name)) {
                throw new IllegalArgumentException("unknown placeholder {{" + name + "}}: the report has no figure '" + name
                        + "' (figures are named like {{publications.total}}, {{publications.byChannel.WECHAT}}, "
                        + "{{applications.NEW_THIS_YEAR.TOTAL}}, {{processingFees.amountYuan}})");
            }
            names.add(name);
        }
        outside.append(text.substring(last));
        int open = outside.indexOf("{{");
        int close = outside.indexOf("}}");
        if (open >= 0 || close >= 0) {
            int at = open >= 0 ? open : close;
            String near = outside.substring(at, Math.min(outside.length(), at + 20)).replace('\u0000', '…');
            throw new IllegalArgumentException("malformed placeholder near '" + near
                    + "': a placeholder is a figure name between {{ and }}, such as {{publications.total}}");
        }
        return names;
    }

    /** {@code text} with every placeholder replaced by its figure. */
    public static String fill(String text, Map<String, String> figures) {
        placeholders(text);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            String value = figures.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for figure " + name);
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
