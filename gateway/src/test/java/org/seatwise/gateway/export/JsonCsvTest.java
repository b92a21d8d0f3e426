package org.seatwise.gateway.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonCsvTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static String csv(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return JsonCsv.toCsv(node);
    }

    @Test
    @DisplayName("nested objects become dotted columns, in the order they first appear, rows end with CRLF")
    void flattens() throws Exception {
        assertThat(csv("""
                [{"unitCode":"KZ-61","input":{"value":1177507,"provenance":{"source":"CEC","date":"2023-01-01"}}},
                 {"unitCode":"KZ-75","seats":39,"input":{"value":1500000}}]"""))
                .isEqualTo("unitCode,input.value,input.provenance.source,input.provenance.date,seats\r\n"
                        + "KZ-61,1177507,CEC,2023-01-01,\r\n"
                        + "KZ-75,1500000,,,39\r\n");
    }

    @Test
    @DisplayName("RFC 4180: commas, quotes and line breaks are quoted, quotes doubled")
    void quotes() throws Exception {
        assertThat(csv("[{\"a\":\"x, y\",\"b\":\"say \\\"hi\\\"\",\"c\":\"1\\r\\n2\",\"d\":\"plain\"}]"))
                .isEqualTo("a,b,c,d\r\n\"x, y\",\"say \"\"hi\"\"\",\"1\r\n2\",plain\r\n");
    }

    @Test
    @DisplayName("text starting with = + - @ (or a tab) is prefixed with a quote so that spreadsheets show it, not run it")
    void formulaGuard() throws Exception {
        assertThat(csv("[{\"a\":\"=1+2\",\"b\":\"+7\",\"c\":\"-x\",\"d\":\"@SUM(A1)\",\"e\":\"\\tcmd\",\"f\":\"a=b\"}]"))
                .isEqualTo("a,b,c,d,e,f\r\n'=1+2,'+7,'-x,'@SUM(A1),'\tcmd,a=b\r\n");
        assertThat(csv("[{\"=cmd\":1}]")).startsWith("'=cmd\r\n");
    }

    @Test
    @DisplayName("numbers stay numbers as written: a negative gap is not a formula, decimals are not reformatted")
    void numbers() throws Exception {
        assertThat(csv("[{\"gap\":-5,\"raw\":105.563214,\"big\":1E+3,\"ok\":true,\"none\":null}]"))
                .isEqualTo("gap,raw,big,ok,none\r\n-5,105.563214,1000,true,\r\n");
    }

    @Test
    @DisplayName("arrays of values are joined with semicolons; arrays of objects are kept as JSON")
    void arrays() throws Exception {
        assertThat(csv("[{\"aliases\":[\"KZ-YUZ\",\"YUZ\"],\"rules\":[{\"m\":\"cube-root\"}],\"none\":[]}]"))
                .isEqualTo("aliases,rules,none\r\nKZ-YUZ; YUZ,\"[{\"\"m\"\":\"\"cube-root\"\"}]\",\r\n");
    }

    @Test
    @DisplayName("an array of values is a one-column table; an empty array has no columns; an object is no table")
    void shapes() throws Exception {
        assertThat(csv("[\"a\",2]")).isEqualTo("value\r\na\r\n2\r\n");
        assertThat(csv("[]")).isEqualTo("\r\n");
        assertThatThrownBy(() -> csv("{\"a\":1}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CSV is wanted when text/csv ranks first in Accept")
    void negotiation() {
        assertThat(JsonCsv.wanted("text/csv")).isTrue();
        assertThat(JsonCsv.wanted("text/csv;charset=utf-8, application/json;q=0.9")).isTrue();
        assertThat(JsonCsv.wanted("application/json, text/csv")).isFalse();
        assertThat(JsonCsv.wanted("application/json;q=0.5, text/csv")).isTrue();
        assertThat(JsonCsv.wanted("*/*")).isFalse();
        assertThat(JsonCsv.wanted(null)).isFalse();
        assertThat(JsonCsv.wanted("text/csv;q=0")).isFalse();
    }
}
