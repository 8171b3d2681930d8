package org.sanxiang.casefile;

import java.util.Arrays;
import java.util.Optional;

/** What a file of the case file is. */
public enum FileType {
    DOCUMENT("文书"), EVIDENCE("证据"), AV_RECORDING("音像记录"), OTHER("其他");

    private final String label;

    FileType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** by code (AV_RECORDING) or by its Chinese name (音像记录) */
    public static Optional<FileType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(value) || t.label.equals(value)).findFirst();
    }
}
