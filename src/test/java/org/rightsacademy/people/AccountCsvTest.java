package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Language;

class AccountCsvTest {

  private static final String HEADER =
      "username,display_name,email,country,institution,gender,language,roles,scope\n";

  @Test
  void aGoodFileGivesOneDraftPerRow() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            HEADER
                + "fatou.diop,Fatou Diop,,SN,gendarmerie,female,fr,learner,\n"
                + "\"ivanova\",\"Анна Иванова\",anna@example.org,BY,border-immigration,,ru,TRAINER|COORDINATOR,BY SN\n"
                + "khaled,خالد العلي,,JO,JUDICIARY,male,ar,coordinator,*\r\n");
    assertTrue(parsed.ok(), parsed.problems().toString());
    assertEquals(List.of(2, 3, 4), parsed.rows());
    AccountDraft anna = parsed.drafts().get(1);
    assertEquals("Анна Иванова", anna.displayName());
    assertEquals(Institution.BORDER_IMMIGRATION, anna.institution());
    assertEquals(Language.RU, anna.language());
    assertEquals(EnumSet.of(Role.TRAINER, Role.COORDINATOR), anna.roles());
    assertEquals(Set.of("BY", "SN"), anna.scope().countries());
    assertEquals("خالد العلي", parsed.drafts().get(2).displayName());
    assertTrue(parsed.drafts().get(2).scope().allCountries());
  }

  @Test
  void spreadsheetQuirksAreUnderstood() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            "\uFEFFusername;display_name;roles\r\nawa;\"Awa \"\"Ndeye\"\" Fall; Dakar\";learner\r\n\r\n");
    assertTrue(parsed.ok(), parsed.problems().toString());
    assertEquals("Awa \"Ndeye\" Fall; Dakar", parsed.drafts().get(0).displayName());
  }

  @Test
  void everyProblemIsReportedWithItsRowAndColumn() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            HEADER
                + "ok.user,Fine,,SN,police,,fr,learner,\n"
                + "bad user,Someone,not-an-email,XX,astronaut,,de,pilot,\n"
                + "ok.user,Twice,,,,,,learner,\n");
    assertEquals(
        List.of(
            "row 3, institution: problem.institution (astronaut)",
            "row 3, language: problem.language (de)",
            "row 3, roles: problem.roles (pilot)",
            "row 3, username: problem.username_characters (bad user)",
            "row 3, email: problem.email (not-an-email)",
            "row 3, country: problem.country (XX)",
            "row 3, roles: problem.no_role",
            "row 4, username: problem.csv_duplicate_username (ok.user)"),
        parsed.problems().stream().map(FieldProblem::toString).toList());
  }

  @Test
  void aBrokenHeaderStopsBeforeAnyRow() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse("user,display_name,roles,roles\nx,y,learner,learner\n");
    assertEquals(
        List.of(
            "row 1, user: problem.csv_unknown_column (user)",
            "row 1, roles: problem.csv_duplicate_column (roles)",
            "row 1, username: problem.csv_missing_column (username)"),
        parsed.problems().stream().map(FieldProblem::toString).toList());
  }

  @Test
  void anUnclosedQuoteNamesTheLineWhereItOpened() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            "username,display_name,roles\na,b,learner\nc,\"oops,learner\nd,e,learner\n");
    assertEquals(
        List.of("row 3, : problem.csv_quote"),
        parsed.problems().stream().map(FieldProblem::toString).toList());
  }

  @Test
  void emptyFilesAndExtraCellsAreProblems() {
    assertEquals("problem.csv_empty", AccountCsv.parse("").problems().get(0).messageKey());
    AccountCsv.Parsed extra =
        AccountCsv.parse("username,display_name,roles\na.b,c,learner,surprise\n");
    assertEquals("row 2, : problem.csv_extra_cells (4)", extra.problems().get(0).toString());
  }

  @Test
  void aDisplayNameWithADirectionControlIsARowProblemNamingTheField() {
    AccountCsv.Parsed parsed =
        AccountCsv.parse(
            HEADER
                + "fatou.diop,Fatou\u202Egnp.exe,,SN,,,fr,learner,\n"
                + "khaled,خالد\u200F العلي (JO),,JO,,,ar,learner,\n");
    assertEquals(
        List.of("row 2, display_name: problem.direction_control.display_name (U+202E)"),
        parsed.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aParticipantListRowWithADirectionControlInTheNameIsARowProblem() {
    AccountCsv.Parsed parsed =
        AccountCsv.parseParticipants(
            "username;display_name;country\nawa.fall;Awa \u2066Fall\u2069;SN\n");
    assertEquals(
        List.of("row 2, display_name: problem.direction_control.display_name (U+2066)"),
        parsed.problems().stream().map(Object::toString).toList());
  }

  @Test
  void everyDirectionControlIsRefusedInTheFormAndTheProfileButNotTheMarks() {
    for (int control :
        new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
      AccountDraft draft =
          new AccountDraft(
              "amina",
              "Amina " + Character.toString(control) + "Diallo",
              null,
              "SN",
              null,
              null,
              Language.FR,
              Set.of(Role.LEARNER),
              null);
      assertEquals(
          List.of(AccountDraft.DISPLAY_NAME),
          draft.problems().stream().map(FieldProblem::field).toList(),
          Integer.toHexString(control));
    }
    for (String mark : new String[] {"\u200E", "\u200F", "\u061C"}) {
      AccountDraft draft =
          new AccountDraft(
              "amina",
              "أمينة" + mark + " Diallo",
              null,
              "SN",
              null,
              null,
              Language.AR,
              Set.of(Role.LEARNER),
              null);
      assertEquals(List.of(), draft.problems());
    }
  }
}
