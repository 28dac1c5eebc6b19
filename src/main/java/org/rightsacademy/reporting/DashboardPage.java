package org.rightsacademy.reporting;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.Countries;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.Gender;
import org.rightsacademy.people.Institution;
import org.rightsacademy.people.Role;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.LanguagePreference;
import org.rightsacademy.progress.LearnerView;
import org.rightsacademy.workshops.WorkshopService;

/**
 * The coordinator's dashboard: headline figures, one disaggregated table with totals, charts,
 * drill-down to workshops, and the table as CSV or XLSX — all within the coordinator's countries,
 * whatever the filters say. What may not be shown ({@link Suppression}) comes withheld from {@link
 * ReportService#publish}: the page and the exports show the same.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A line of the table as shown and exported; {@code hidden}: no figures (a small group, or one
   * withheld so that a small group cannot be worked out); {@code withheld}: columns it does not
   * show.
   */
  public record Line(
      String label, Long workshopId, Figures figures, boolean hidden, Set<String> withheld) {}

  @EJB private ReportService reports;
  @EJB private WorkshopService workshops;
  @EJB private CourseCatalog catalog;
  @Inject private CurrentUser user;
  @Inject private LanguagePreference language;

  // Read from the configuration when the page opens (RA_REPORT_MIN_GROUP): a view-scoped page
  // cannot hold an injected configuration value, which does not survive passivation.
  private final int minGroup =
      org.eclipse.microprofile.config.ConfigProvider.getConfig()
          .getOptionalValue("ra.report.min-group", Integer.class)
          .orElse(5);

  private String country;
  private Long workshopId;
  private String course;
  private String learnerLanguage;
  private LocalDate from;
  private LocalDate to;
  private String institution;
  private String gender;
  private Dimension dimension = Dimension.COUNTRY;
  private transient ReportService.Published published;
  private transient Figures headline;
  private transient List<Line> lines;
  private transient List<ReportService.Bucket> distribution;
  private transient List<ReportService.Month> months;
  private transient java.util.Map<Long, String> workshopTitles = java.util.Map.of();
  private List<WorkshopService.Choice> workshopChoices;

  /** The viewer's countries: null for all (admins, coordinators of every country). */
  private Set<String> scope() {
    Account viewer = user.account().orElseThrow();
    if (viewer.hasRole(Role.ADMIN) || viewer.getScope().allCountries()) {
      return null;
    }
    return viewer.getScope().countries();
  }

  ReportFilter filter() {
    return new ReportFilter(
            null,
            blank(country),
            workshopId,
            blank(course),
            blank(learnerLanguage),
            from,
            to,
            blank(institution),
            blank(gender))
        .within(scope());
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** Runs the report for the filters as they stand. */
  public void apply() {
    published = reports.publish(filter(), dimension, minGroup);
    headline = published.headline();
    List<Line> built = new ArrayList<>();
    List<ReportService.Row> groups = published.rows();
    workshopTitles =
        dimension != Dimension.WORKSHOP || published.groupsWithheld()
            ? java.util.Map.of()
            : workshops.titles(
                groups.stream()
                    .map(ReportService.Row::key)
                    .filter(k -> k != null)
                    .map(Long::valueOf)
                    .toList());
    if (published.groupsWithheld()) {
      built.add(new Line(BundleTexts.text("report.groups_withheld"), null, null, true, Set.of()));
    } else {
      for (ReportService.Row group : groups) {
        Long workshop =
            dimension == Dimension.WORKSHOP && group.key() != null
                ? Long.valueOf(group.key())
                : null;
        built.add(
            new Line(
                label(group.key()), workshop, group.figures(), group.hidden(), group.withheld()));
      }
    }
    lines = built;
    distribution = published.distribution();
    months = published.months();
  }

  private String label(String key) {
    if (key == null) {
      return BundleTexts.text("report.not_given");
    }
    Locale locale = language.getCurrent().locale();
    return switch (dimension) {
      case COUNTRY -> Countries.name(key, locale);
      case WORKSHOP -> workshopTitles.getOrDefault(Long.valueOf(key), key);
      case COURSE ->
          catalog
              .latest(key)
              .map(p -> LearnerView.text(p.course().titles(), language.getCurrent()))
              .orElse(key);
      case INSTITUTION -> BundleTexts.text("institution." + key.toLowerCase(Locale.ROOT));
      case GENDER -> BundleTexts.text("gender." + key.toLowerCase(Locale.ROOT));
      case LANGUAGE -> Language.fromCode(key).map(Language::nativeName).orElse(key);
    };
  }

  private void ensure() {
    if (published == null) {
      apply();
    }
  }

  /** The table as exported: a header, the lines as on screen, the totals. */
  List<List<Object>> exportRows() {
    ensure();
    return new ExportTable(getHiddenMark())
        .rows(
            BundleTexts.text("report.dimension." + dimension.name().toLowerCase(Locale.ROOT)),
            published.withheld() ? null : lines,
            headline,
            published.headlineWithheld(),
            BundleTexts.text("report.withheld_all", minGroup));
  }

  /**
   * What stands for a figure not shown, the same whatever the reason, so that no reason gives a
   * figure away.
   */
  public String getHiddenMark() {
    return BundleTexts.text("report.hidden_short");
  }

  /** Nothing can be shown for these filters. */
  public boolean isWithheld() {
    ensure();
    return published.withheld();
  }

  /** The headline's columns not shown. */
  public Set<String> getHeadlineWithheld() {
    ensure();
    return published.headlineWithheld();
  }

  public void exportCsv() throws IOException {
    Faces.sendFile(
        Spreadsheet.csv(exportRows()),
        "report-" + dimension.name().toLowerCase(Locale.ROOT) + ".csv",
        true);
  }

  public void exportXlsx() throws IOException {
    Faces.sendFile(
        Spreadsheet.xlsx(BundleTexts.text("report.title"), exportRows()),
        "report-" + dimension.name().toLowerCase(Locale.ROOT) + ".xlsx",
        true);
  }

  public Figures getHeadline() {
    ensure();
    return headline;
  }

  public List<Line> getLines() {
    ensure();
    return lines;
  }

  public List<ReportService.Bucket> getDistribution() {
    ensure();
    return distribution;
  }

  public List<ReportService.Month> getMonths() {
    ensure();
    return months;
  }

  /**
   * A figure as shown: one decimal in the reader's language, a dash when nobody counts towards it.
   */
  public String show(Double value) {
    if (value == null) {
      return "—";
    }
    java.text.NumberFormat format =
        java.text.NumberFormat.getNumberInstance(language.getCurrent().locale());
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** A bar's length in per cent of the largest. */
  public long width(double value, double largest) {
    return largest <= 0 ? 0 : Math.round(100 * Math.abs(value) / largest);
  }

  public long getLargestBucket() {
    return getDistribution().stream()
        .filter(b -> !b.hidden())
        .mapToLong(ReportService.Bucket::learners)
        .max()
        .orElse(0);
  }

  public long getLargestMonth() {
    return getMonths().stream()
        .filter(m -> !m.hidden())
        .mapToLong(ReportService.Month::completed)
        .max()
        .orElse(0);
  }

  public double getLargestGain() {
    return getLines().stream()
        .filter(
            l ->
                !l.hidden()
                    && !l.withheld().contains("average_gain")
                    && l.figures().averageGain() != null)
        .mapToDouble(l -> Math.abs(l.figures().averageGain()))
        .max()
        .orElse(0);
  }

  public List<String> getCountryChoices() {
    Set<String> scope = scope();
    return Countries.sortedFor(language.getCurrent().locale()).stream()
        .filter(c -> scope == null || scope.contains(c))
        .toList();
  }

  public List<WorkshopService.Choice> getWorkshopChoices() {
    if (workshopChoices == null) {
      workshopChoices = workshops.choices(user.account().orElseThrow());
    }
    return workshopChoices;
  }

  public List<CourseCatalog.Published> getCourseChoices() {
    return catalog.all();
  }

  public String courseTitle(CourseCatalog.Published published) {
    return LearnerView.text(published.course().titles(), language.getCurrent());
  }

  public List<Dimension> getDimensions() {
    return List.of(Dimension.values());
  }

  public List<Institution> getInstitutions() {
    return List.of(Institution.values());
  }

  public List<Gender> getGenders() {
    return List.of(Gender.values());
  }

  public int getMinGroup() {
    return minGroup;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Long getWorkshopId() {
    return workshopId;
  }

  public void setWorkshopId(Long workshopId) {
    this.workshopId = workshopId;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getLearnerLanguage() {
    return learnerLanguage;
  }

  public void setLearnerLanguage(String learnerLanguage) {
    this.learnerLanguage = learnerLanguage;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public void setDimension(Dimension dimension) {
    this.dimension = dimension;
  }
}
