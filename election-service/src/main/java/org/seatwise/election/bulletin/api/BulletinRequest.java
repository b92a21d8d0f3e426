package org.seatwise.election.bulletin.api;

import java.util.ArrayList;
import java.util.List;

import org.seatwise.election.bulletin.DraftBulletin;
import org.seatwise.election.bulletin.DraftRow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON body of {@code POST /api/v1/bulletins}. {@code source} and {@code date} are accepted as
 * short names of {@code issuer} and {@code rollDate}. Rows are read as raw JSON so that a wrong
 * type ({@code "voters": "abc"}) is reported against its row instead of failing the whole body.
 */
public record BulletinRequest(String issuer, String source, String title, String rollDate, String date,
        String publishedOn, String citation, JsonNode rows) {

    DraftBulletin toDraft() {
        List<DraftRow> drafts = new ArrayList<>();
        if (rows != null && rows.isArray()) {
            for (int i = 0; i < rows.size(); i++) {
                JsonNode row = rows.get(i);
                drafts.add(new DraftRow(i + 1, text(row, "unitCode"), text(row, "voters")));
            }
        }
        return new DraftBulletin(issuer != null ? issuer : source, title, rollDate != null ? rollDate : date,
                publishedOn, citation, rows != null && !rows.isArray() ? null : drafts);
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row == null ? null : row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        // A JSON number prints as written; 1.5 or 1e3 then fail the whole-number check with their own text.
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
