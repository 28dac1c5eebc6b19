package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;

/** Admin: recompute every completion record from lessons and attempts, and see what changed. */
@Named
@RequestScoped
public class CompletionsPage {

  @EJB private CompletionTracker tracker;

  private CompletionTracker.Rebuild result;

  public void rebuild() {
    result = tracker.rebuild();
    Messages.addInfo(
        null, "completions.done", result.checked(), result.created(), result.corrected());
  }

  public CompletionTracker.Rebuild getResult() {
    return result;
  }
}
