package org.sanxiang.review;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 送审 or 补充材料: one submission opens a round. */
@Entity
@Table(name = "review_submission")
public class Submission extends ReviewRecord {

    public enum Kind { SUBMIT, SUPPLEMENT }

    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String materials;
    private String note;

    protected Submission() {
    }

    public Submission(ReviewStep step, Kind kind, List<Material> materials, String note) {
        super(step);
        this.kind = kind;
        this.materials = String.join(",", materials.stream().map(Enum::name).toList());
        this.note = note;
    }

    public Kind getKind() { return kind; }
    public String getNote() { return note; }

    public List<Material> getMaterials() {
        return Arrays.stream(materials.split(",")).filter(s -> !s.isBlank()).map(Material::valueOf).toList();
    }
}
