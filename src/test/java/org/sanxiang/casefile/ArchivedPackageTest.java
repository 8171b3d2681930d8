package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.signature.AgencyKey;
import org.springframework.beans.factory.annotation.Autowired;

/** Completing archive-case builds the case-file package once, stores it content-addressed and records its hash. */
@EngineTest
class ArchivedPackageTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ArchivePackages packages;
    @Autowired
    RecordEntries entries;
    @Autowired
    AgencyKey key;
    @TempDir
    Path dir;

    @Test
    void archivingBuildsThePackageOnceStoresItAndRecordsItsHash() throws IOException {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(with(facts(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0));
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达，当事人签收。"));
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "当事人已整改完毕。"));
        String instance = fixture.caseInstance(caseNumber).getId();
        fixture.complete(caseNumber, "archive-case", "archivist1", vars("archiveNumber", "2026-ZF-0100"));
        assertThat(packages.find(caseNumber)).isEmpty();

        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list();
        assertThat(jobs).hasSize(1);
        engine.getManagementService().executeJob(jobs.get(0).getId());

        ArchivePackages.Stored stored = packages.find(caseNumber).orElseThrow();
        assertThat(stored.archivedBy()).isEqualTo("archivist1");
        Path zip = dir.resolve("package.zip");
        try (InputStream in = packages.open(stored)) {
            Files.copy(in, zip);
        }
        assertThat(Files.size(zip)).isEqualTo(stored.size());
        assertThat(OfflineVerifier.verify(zip, ArchivePackage.pem(key.publicKey().getEncoded()))).isEmpty();

        List<RecordEntry> record = entries.ofCase(caseNumber);
        RecordEntry last = record.get(record.size() - 1);
        assertThat(last.kind()).isEqualTo(RecordKinds.ARCHIVE_PACKAGE_STORED);
        assertThat(last.actor()).isEqualTo("archivist1");
        assertThat(last.details()).contains(stored.contentHash());
        assertThat(record).filteredOn(e -> e.kind().equals(RecordKinds.PROCESS_ENDED)).isNotEmpty();

        packages.build(caseNumber, "archivist1");
        assertThat(entries.ofCase(caseNumber)).filteredOn(e -> e.kind().equals(RecordKinds.ARCHIVE_PACKAGE_STORED)).hasSize(1);
    }
}
