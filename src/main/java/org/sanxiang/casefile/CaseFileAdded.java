package org.sanxiang.casefile;

/** A file was added to a case file; published in the upload's transaction (e.g. for a recording's deadline). */
public record CaseFileAdded(CaseFileEntry file) {
}
