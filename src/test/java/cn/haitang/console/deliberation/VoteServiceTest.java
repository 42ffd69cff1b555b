package cn.haitang.console.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The owners' vote: totals fixed at opening, ballots entered or imported all or nothing, art. 278 at counting. */
@Transactional
class VoteServiceTest extends ServiceTest {

    @Autowired
    DelibTestData fx;
    @Autowired
    VoteService votes;
    @Autowired
    ConsultationService consultations;

    private long openVote(VoteItem item) {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        return votes.open(consultation, item, "是否同意在出入口安装液压升降柱，费用由居民自筹");
    }

    private void ballot(long vote, String household, String area, Choice choice) {
        votes.addBallot(vote, new BallotForm(household, "业主" + household, new BigDecimal(area), choice));
    }

    @Test
    void exactlyTwoThirdsTakingPartAndThreeQuartersAgreeingPassesAnAlteration() {
        // totals 300 m², 3 owners: two owners holding 200 m² take part (exactly 2/3 of both); item 7 needs 3/4 agreeing
        long vote = openVote(VoteItem.REBUILD_OR_ALTER);
        ballot(vote, "1幢101", "150.00", Choice.AGREE);
        ballot(vote, "1幢102", "50.00", Choice.AGREE);
        VoteRow row = votes.count(vote, votes.vote(vote).version());
        assertThat(row.state()).isEqualTo(VoteState.COUNTED);
        assertThat(row.passed()).isTrue();
        assertThat(row.participatingArea()).isEqualByComparingTo("200.00");
        assertThat(row.participatingOwners()).isEqualTo(2);
        assertThat(row.result()).get().satisfies(r -> assertThat(r.quorate()).isTrue());
    }

    @Test
    void oneHundredthOfASquareMetreShortOfTwoThirdsFails() {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        ballot(vote, "1幢101", "149.99", Choice.AGREE);
        ballot(vote, "1幢102", "50.00", Choice.AGREE);
        VoteRow row = votes.count(vote, votes.vote(vote).version());
        assertThat(row.passed()).isFalse();
        assertThat(row.result()).get().satisfies(r -> {
            assertThat(r.areaTookPart()).isFalse();
            assertThat(r.ownersTookPart()).isTrue();
        });
    }

    @Test
    void anAbstentionTakesPartButDoesNotAgree() {
        long vote = openVote(VoteItem.REBUILD_OR_ALTER);
        ballot(vote, "1幢101", "100.00", Choice.AGREE);
        ballot(vote, "1幢102", "100.00", Choice.ABSTAIN);
        VoteRow row = votes.count(vote, votes.vote(vote).version());
        assertThat(row.participatingOwners()).isEqualTo(2);
        assertThat(row.agreeOwners()).isEqualTo(1);
        assertThat(row.passed()).isFalse();
    }

    @Test
    void aHouseholdVotesOnceAndNothingIsAddedAfterCounting() {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        ballot(vote, "1幢101", "100.00", Choice.AGREE);
        assertRefused(() -> ballot(vote, "1幢101", "100.00", Choice.DISAGREE), "household", "delib.error.ballot.duplicate");
        assertRefused(() -> ballot(vote, "1幢102", "0", Choice.AGREE), "area", "form.decimal");
        votes.count(vote, votes.vote(vote).version());
        assertThatThrownBy(() -> ballot(vote, "1幢103", "100.00", Choice.AGREE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.vote.counted"));
    }

    @Test
    void moreBallotsThanOwnersCannotBeCounted() {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        for (int i = 1; i <= 4; i++) {
            ballot(vote, "2幢10" + i, "10.00", Choice.AGREE);
        }
        assertThatThrownBy(() -> votes.count(vote, votes.vote(vote).version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.vote.tooManyBallots"));
    }

    @Test
    void theTotalsAreFixedWhenTheVoteOpens() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        long vote = votes.open(consultation, VoteItem.OTHER_MAJOR, "是否同意停车公约");
        votes.setOwnership(w.place().compoundId(), votes.compoundVersion(w.place().compoundId()),
                new BigDecimal("999.00"), 9);
        assertThat(votes.vote(vote).totalArea()).isEqualByComparingTo("300.00");
        assertThat(votes.vote(vote).totalOwners()).isEqualTo(3);
        assertThatThrownBy(() -> votes.open(consultation, VoteItem.OTHER_MAJOR, "再投一次"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.vote.exists"));
    }

    @Test
    void aConsultationClosesOnlyOnceItsVoteIsCounted() {
        DelibTestData.World w = fx.world("yushan");
        long consultation = fx.consultation(w);
        login.as("yushan");
        long vote = votes.open(consultation, VoteItem.REBUILD_OR_ALTER, "安装液压升降柱");
        long version = consultations.detail(consultation).row().version();
        assertThatThrownBy(() -> consultations.close(consultation, version, "安装升降柱", "社区：组织施工"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("delib.error.consultation.voteOpen"));
        ballot(vote, "1幢101", "150.00", Choice.AGREE);
        ballot(vote, "1幢102", "100.00", Choice.AGREE);
        votes.count(vote, votes.vote(vote).version());
        consultations.close(consultation, version, "安装升降柱", "社区：组织施工");
        ConsultationDetail detail = consultations.detail(consultation);
        assertThat(detail.row().state()).isEqualTo(ConsultationState.CLOSED);
        assertThat(detail.row().votePassed()).isTrue();
        assertThat(detail.vote()).isNotNull();
    }

    @Test
    void anImportWithOneBadRowSavesNothingAndSaysWhichRow() throws IOException {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        BallotImportResult refused = votes.importBallots(vote, workbook(
                new Object[]{"1幢101", "张三", 150.5, "同意"},
                new Object[]{"1幢102", "李四", "八十", "同意"},
                new Object[]{"1幢103", "王五", 40, "弃权"}));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.errors()).extracting(BallotImportError::row).containsExactly(3);
        assertThat(refused.errors().getFirst().column()).isEqualTo("delib.ballot.area");
        assertThat(votes.countBallots(vote)).isZero();
        BallotImportResult saved = votes.importBallots(vote, workbook(
                new Object[]{BallotImport.EXAMPLE_HOUSEHOLD, "张三", 86.35, "同意"},
                new Object[]{"1幢101", "张三", 150.5, "同意"},
                new Object[]{"1幢102", "李四", 49.5, "agree"},
                new Object[]{"1幢103", "王五", 40, "弃权"}));
        assertThat(saved.succeeded()).isTrue();
        assertThat(saved.created()).isEqualTo(3);
        VoteRow row = votes.count(vote, votes.vote(vote).version());
        assertThat(row.participatingArea()).isEqualByComparingTo("240.00");
        assertThat(row.agreeArea()).isEqualByComparingTo("200.00");
        assertThat(row.passed()).isTrue();
    }

    @Test
    void theTemplateIsReadBackByTheImport() throws IOException {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        votes.template(out, Locale.SIMPLIFIED_CHINESE);
        BallotImportResult result = votes.importBallots(vote, new ByteArrayInputStream(out.toByteArray()));
        // the template holds only its example row: nothing to import, said as such
        assertThat(result.errors()).extracting(BallotImportError::messageKey).containsExactly("imports.file.empty");
    }

    @Test
    void aBallotSheetKeptTheOfficesWayIsReadByTheSharedReader() throws IOException {
        long vote = openVote(VoteItem.OTHER_MAJOR);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("表决票统计");
            Object[][] rows = {{"义庄公寓加装电梯业主表决统计表"}, {}, {"序号", "意见", "房号", "业主", "面积"},
                    {"1", "同意", "2幢101", "陈静", "１２０.５"}, {"2", "反对", "2幢102", "周敏", 80},
                    {"合计", "", "", "2户", 200.5}, {"注：面积以不动产权证为准"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            book.write(out);
            BallotImportResult saved = votes.importBallots(vote, new ByteArrayInputStream(out.toByteArray()));
            assertThat(saved.errors()).isEmpty();
            assertThat(saved.created()).as("the totals row and the note are not ballots").isEqualTo(2);
        }
        VoteRow row = votes.count(vote, votes.vote(vote).version());
        assertThat(row.participatingArea()).isEqualByComparingTo("200.50");
        assertThat(row.agreeArea()).isEqualByComparingTo("120.50");
    }

    private static ByteArrayInputStream workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            Row header = sheet.createRow(0);
            String[] titles = {"户号", "业主姓名", "专有部分面积（㎡）", "表决意见"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(rows[r][c]));
                    }
                }
            }
            book.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
