package org.rightsacademy.platform;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Messages;

/**
 * Texts of the message bundle ({@code msg}) in the page's language, with {0}-style arguments filled
 * in. Faces messages are OmniFaces' {@link Messages} ({@code Messages.addError(clientId,
 * "bundle.key", arguments)}, {@code addFlashInfo} across a redirect): this class makes their
 * resolver read the message as a bundle key, once, when the application starts.
 */
@WebListener
public class BundleTexts implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Messages.setResolver(BundleTexts::text);
  }

  /** The text of a bundle key in the page's language (the key itself when the bundle lacks it). */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments == null || arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }
}
