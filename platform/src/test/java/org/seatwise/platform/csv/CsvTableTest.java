package org.seatwise.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How an uploaded CSV is read: RFC 4180, strictly, each row knowing its line. */
class CsvTableTest {

    @Test
    @DisplayName("values are found by the header's names, trimmed header, rows in order with their lines")
    void valuesByColumnName() throws Exception {
        CsvTable table = CsvTable.parse(" unit_code , voters\nKZ-61,1177507\nKZ-10,483512\n");

        assertThat(table.header()).containsExactly("unit_code", "voters");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).get("unit_code")).isEqualTo("KZ-61");
        assertThat(table.rows().get(1).get("voters")).isEqualTo("483512");
        assertThat(table.rows().get(1).get("seats")).as("a column the header lacks").isNull();
    }

    @Test
    @DisplayName("quotes: commas, doubled quotes and line breaks inside; a quoted row's line is where it starts")
    void quotedFields() throws Exception {
        CsvTable table = CsvTable.parse("name,note\n\"Abai, region\",\"said \"\"yes\"\"\"\n\"two\nlines\",x\nlast,y\n");

        assertThat(table.rows().get(0).get("name")).isEqualTo("Abai, region");
        assertThat(table.rows().get(0).get("note")).isEqualTo("said \"yes\"");
        assertThat(table.rows().get(1).get("name")).isEqualTo("two\nlines");
        assertThat(table.rows().get(1).line()).isEqualTo(3);
        assertThat(table.rows().get(2).line()).as("after a field spanning two lines").isEqualTo(5);
    }

    @Test
    @DisplayName("a UTF-8 byte order mark, CRLF line ends, blank lines and a missing final line end are accepted")
    void toleratedForms() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = "unit_code,name\r\nKZ-61,Түркістан\r\n\r\nKZ-10,Абай".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        CsvTable table = CsvTable.parse(bytes);

        assertThat(table.header()).containsExactly("unit_code", "name");
        assertThat(table.rows()).extracting(r -> r.get("name")).containsExactly("Түркістан", "Абай");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
    }

    @Test
    @DisplayName("optional: blank is empty, a value is trimmed")
    void optionalValues() throws Exception {
        CsvTable.Row row = CsvTable.parse("a,b,c\n  ,  x ,\n").rows().get(0);

        assertThat(row.optional("a")).isEmpty();
        assertThat(row.optional("b")).isEqualTo(Optional.of("x"));
        assertThat(row.optional("c")).isEmpty();
        assertThat(row.optional("d")).isEmpty();
    }

    @Test
    @DisplayName("refused, naming the line: a row of another width, an unclosed quote, an empty file, bytes that are not UTF-8")
    void refusals() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n3\n")).isInstanceOfSatisfying(CsvTable.CsvException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).isEqualTo("line 3 has 1 fields, the header has 2");
        });
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2\n\"3,4\n")).isInstanceOfSatisfying(CsvTable.CsvException.class,
                e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> CsvTable.parse("")).isInstanceOfSatisfying(CsvTable.CsvException.class,
                e -> assertThat(e.getMessage()).contains("empty"));
        assertThatThrownBy(() -> CsvTable.parse(new byte[] { 'a', '\n', (byte) 0xC3, '\n' }))
                .isInstanceOfSatisfying(CsvTable.CsvException.class, e -> assertThat(e.getMessage()).contains("UTF-8"));
    }

    @Test
    @DisplayName("a header naming a column twice: the last of that name is the one read")
    void repeatedColumnName() throws Exception {
        List<CsvTable.Row> rows = CsvTable.parse("a,a\n1,2\n").rows();

        assertThat(rows.get(0).get("a")).isEqualTo("2");
    }
}
