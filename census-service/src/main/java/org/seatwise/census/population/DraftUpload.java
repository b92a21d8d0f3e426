package org.seatwise.census.population;

import java.util.List;

/** An upload of population figures as received: one source and citation for every row. */
public record DraftUpload(String source, String citation, List<DraftFigure> rows) {
}
