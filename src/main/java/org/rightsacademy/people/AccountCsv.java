package org.rightsacademy.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.platform.Language;

/**
 * Reads the account import file. Every problem is reported with its row (as a spreadsheet numbers
 * it, header = 1) and column; the caller imports nothing unless there are none.
 */
public final class AccountCsv {

  public static final int MAX_ROWS = 5_000;
  public static final List<String> COLUMNS =
      List.of(
          AccountDraft.USERNAME,
          AccountDraft.DISPLAY_NAME,
          AccountDraft.EMAIL,
          AccountDraft.COUNTRY,
          AccountDraft.INSTITUTION,
          AccountDraft.GENDER,
          AccountDraft.LANGUAGE,
          AccountDraft.ROLES,
          AccountDraft.SCOPE);

  /** The columns of a workshop's participant list: the same without roles and scope. */
  public static final List<String> PARTICIPANT_COLUMNS =
      COLUMNS.stream()
          .filter(c -> !c.equals(AccountDraft.ROLES) && !c.equals(AccountDraft.SCOPE))
          .toList();

  private static final List<String> REQUIRED =
      List.of(AccountDraft.USERNAME, AccountDraft.DISPLAY_NAME, AccountDraft.ROLES);
  private static final String LIST_SEPARATORS = "[;|,\\s]+";

  /** The drafts with the row each came from, or the problems that stop the import. */
  public record Parsed(List<AccountDraft> drafts, List<Integer> rows, List<FieldProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private AccountCsv() {}

  public static Parsed parse(String text) {
    return parse(text, false);
  }

  /**
   * Participants of a workshop, listed by a trainer: the same columns without roles and scope —
   * every new account is a learner, whatever the file says.
   */
  public static Parsed parseParticipants(String text) {
    return parse(text, true);
  }

  private static Parsed parse(String text, boolean participants) {
    List<String> columns = participants ? PARTICIPANT_COLUMNS : COLUMNS;
    List<String> required =
        participants ? List.of(AccountDraft.USERNAME, AccountDraft.DISPLAY_NAME) : REQUIRED;
    List<CsvReader.Record> records;
    try {
      records = CsvReader.read(text == null ? "" : text);
    } catch (CsvReader.UnbalancedQuoteException e) {
      return failed(new FieldProblem(e.line, "", "problem.csv_quote", null));
    }
    if (records.isEmpty()) {
      return failed(new FieldProblem(1, "", "problem.csv_empty", null));
    }
    CsvReader.Record header = records.get(0);
    Map<String, Integer> index = new HashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String name = header.cells().get(i).strip().toLowerCase(Locale.ROOT);
      if (!columns.contains(name)) {
        problems.add(
            new FieldProblem(1, header.cells().get(i), "problem.csv_unknown_column", name));
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add(new FieldProblem(1, name, "problem.csv_duplicate_column", name));
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        problems.add(new FieldProblem(1, column, "problem.csv_missing_column", column));
      }
    }
    if (!problems.isEmpty()) {
      return new Parsed(List.of(), List.of(), problems);
    }
    if (records.size() - 1 > MAX_ROWS) {
      return failed(
          new FieldProblem(
              MAX_ROWS + 2, "", "problem.csv_too_many_rows", String.valueOf(MAX_ROWS)));
    }
    List<AccountDraft> drafts = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvReader.Record record : records.subList(1, records.size())) {
      List<FieldProblem> rowProblems = new ArrayList<>();
      if (record.cells().size() > header.cells().size()) {
        rowProblems.add(
            new FieldProblem(
                record.line(),
                "",
                "problem.csv_extra_cells",
                String.valueOf(record.cells().size())));
      }
      AccountDraft draft = draft(record, index, rowProblems);
      if (participants) {
        draft =
            new AccountDraft(
                draft.username(),
                draft.displayName(),
                draft.email(),
                draft.country(),
                draft.institution(),
                draft.gender(),
                draft.language(),
                EnumSet.of(Role.LEARNER),
                Scope.NONE);
      }
      draft.problems().forEach(problem -> rowProblems.add(problem.atRow(record.line())));
      Integer earlier =
          draft.username() == null ? null : seen.putIfAbsent(draft.username(), record.line());
      if (earlier != null) {
        rowProblems.add(
            new FieldProblem(
                record.line(),
                AccountDraft.USERNAME,
                "problem.csv_duplicate_username",
                draft.username()));
      }
      problems.addAll(rowProblems);
      drafts.add(draft);
      rows.add(record.line());
    }
    return new Parsed(List.copyOf(drafts), List.copyOf(rows), List.copyOf(problems));
  }

  private static AccountDraft draft(
      CsvReader.Record record, Map<String, Integer> index, List<FieldProblem> problems) {
    int row = record.line();
    String institution = cell(record, index, AccountDraft.INSTITUTION);
    String gender = cell(record, index, AccountDraft.GENDER);
    String language = cell(record, index, AccountDraft.LANGUAGE);
    String scope = cell(record, index, AccountDraft.SCOPE);
    return new AccountDraft(
        cell(record, index, AccountDraft.USERNAME),
        cell(record, index, AccountDraft.DISPLAY_NAME),
        cell(record, index, AccountDraft.EMAIL),
        cell(record, index, AccountDraft.COUNTRY),
        enumValue(Institution.class, institution)
            .orElseGet(() -> invalid(problems, row, AccountDraft.INSTITUTION, institution)),
        enumValue(Gender.class, gender)
            .orElseGet(() -> invalid(problems, row, AccountDraft.GENDER, gender)),
        language.isEmpty()
            ? Language.DEFAULT
            : Language.fromCode(language)
                .orElseGet(() -> invalid(problems, row, AccountDraft.LANGUAGE, language)),
        roles(cell(record, index, AccountDraft.ROLES), row, problems),
        "*".equals(scope) ? Scope.ALL : new Scope(false, listed(scope.toUpperCase(Locale.ROOT))));
  }

  private static Set<String> listed(String text) {
    return text.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(text.split(LIST_SEPARATORS)));
  }

  private static Set<Role> roles(String text, int row, List<FieldProblem> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : text.isEmpty() ? new String[0] : text.split(LIST_SEPARATORS)) {
      enumValue(Role.class, name)
          .ifPresentOrElse(roles::add, () -> invalid(problems, row, AccountDraft.ROLES, name));
    }
    return roles;
  }

  /** An enum constant by name, forgiving case, spaces and dashes; empty text means "not given". */
  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static <T> T invalid(List<FieldProblem> problems, int row, String field, String value) {
    if (!value.isEmpty()) {
      problems.add(new FieldProblem(row, field, "problem." + field, value));
    }
    return null;
  }

  private static String cell(CsvReader.Record record, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    return i == null || i >= record.cells().size() ? "" : record.cells().get(i).strip();
  }

  private static Parsed failed(FieldProblem problem) {
    return new Parsed(List.of(), List.of(), List.of(problem));
  }
}
