package org.sanxiang.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 研究处理: the handling unit revises, or disputes the opinion with reasons. */
@Entity
@Table(name = "review_answer")
public class OpinionAnswer extends ReviewRecord {

    @Enumerated(EnumType.STRING)
    private Response response;
    private String responseText;

    protected OpinionAnswer() {
    }

    public OpinionAnswer(ReviewStep step, Response response, String responseText) {
        super(step);
        this.response = response;
        this.responseText = responseText;
    }

    public Response getResponse() { return response; }
    public String getResponseText() { return responseText; }
}
