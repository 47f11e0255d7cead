package org.claimscope.pipeline.eval.figures;

import java.util.Arrays;
import java.util.Set;
import org.claimscope.model.FigureType;

/** The five spec files per language and which of our figures each one scores. */
enum SpecFile {
    NUMBER("Number", "NumberModel.json"),
    PERCENT("Number", "PercentModel.json"),
    NUMBER_RANGE("Number", "NumberRangeModel.json"),
    CURRENCY("NumberWithUnit", "CurrencyModel.json"),
    DIMENSION("NumberWithUnit", "DimensionModel.json");

    final String folder;
    final String fileName;

    SpecFile(String folder, String fileName) {
        this.folder = folder;
        this.fileName = fileName;
    }

    /** Figure types this file's expectations are compared with; others are ignored. */
    Set<FigureType> scoredTypes() {
        return switch (this) {
            case NUMBER, NUMBER_RANGE -> Set.copyOf(Arrays.asList(FigureType.values()));
            case PERCENT -> Set.of(FigureType.PERCENT);
            case CURRENCY -> Set.of(FigureType.MONEY);
            case DIMENSION -> Set.of(FigureType.QUANTITY);
        };
    }
}
