package org.disclosureledger.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Says what is wrong with malformed JSON and where, without quoting any of it: the text may hold an applicant's name
 * or contact, which must not reach an answer or a log. Jackson's "Unrecognized token '张三': was expecting ..." becomes
 * "Unrecognized token at column 14".
 */
public final class JsonErrors {
    private JsonErrors() {
    }

    /** What is wrong and the column, for one line of a file. */
    public static String inLine(JsonProcessingException error) {
        JsonLocation at = error.getLocation();
        return what(error) + (at == null || at.getColumnNr() < 1 ? "" : " at column " + at.getColumnNr());
    }

    /** What is wrong, with line and column, for a whole request body. */
    public static String inText(JsonProcessingException error) {
        JsonLocation at = error.getLocation();
        return what(error) + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr());
    }

    /** The message's opening words, up to the first quote, parenthesis or colon: Jackson quotes the input after them. */
    private static String what(JsonProcessingException error) {
        String message = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        int end = message.length();
        for (char c : new char[] {'\'', '"', '(', ':', '\n'}) {
            int at = message.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String what = message.substring(0, end).strip();
        return what.isEmpty() ? "malformed JSON" : what;
    }
}
