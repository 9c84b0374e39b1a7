package fr.cpam.demarches;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application sends to its database, to hold each request to a
 * budget of statements (tests) and to report statements per request (benchmark).
 *
 * <p>The application's {@link DataSource} is wrapped in a JDBC proxy: every {@code execute*}
 * and every {@code addBatch} counts as one statement (the engine sends its inserts and updates
 * in JDBC batches; each row still costs the database one statement). Statements are counted
 * per kind of thread: HTTP requests (this class is also the outermost servlet filter, so it
 * knows which thread serves a request and when the request is over), the job executor, and the
 * rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CompteurSql implements BeanPostProcessor, Filter {

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");
  private static final ThreadLocal<Boolean> DANS_UNE_REQUETE = ThreadLocal.withInitial(() -> false);

  private final LongAdder requetesHttp = new LongAdder();
  private final LongAdder instructionsDesRequetes = new LongAdder();
  private final LongAdder instructionsDesJobs = new LongAdder();
  private final LongAdder instructionsAutres = new LongAdder();
  private final AtomicInteger requetesEnCours = new AtomicInteger();
  private final java.util.List<String> journal = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean journaliser;

  /** Keeps the text of the statements from now on, whatever thread runs them (to read them, not to assert). */
  public void journaliser(boolean oui) {
    journal.clear();
    journaliser = oui;
  }

  public java.util.List<String> journal() {
    return java.util.List.copyOf(journal);
  }

  /** What was counted so far; subtract two readings to get what happened between them. */
  public record Releve(long requetes, long instructionsDesRequetes, long instructionsDesJobs, long instructionsAutres) {
    public Releve moins(Releve avant) {
      return new Releve(
          requetes - avant.requetes,
          instructionsDesRequetes - avant.instructionsDesRequetes,
          instructionsDesJobs - avant.instructionsDesJobs,
          instructionsAutres - avant.instructionsAutres);
    }

    /** SQL statements per HTTP request. */
    public double parRequete() {
      return requetes == 0 ? 0 : (double) instructionsDesRequetes / requetes;
    }
  }

  public Releve releve() {
    return new Releve(requetesHttp.sum(), instructionsDesRequetes.sum(), instructionsDesJobs.sum(), instructionsAutres.sum());
  }

  /**
   * Runs the HTTP calls of {@code appels} and returns the statements the server ran to answer
   * them, once every request it received is over (the client may get the answer before the
   * server thread has left its last filter).
   */
  public int instructionsPendant(Runnable appels) {
    Releve avant = releve();
    appels.run();
    long limite = System.nanoTime() + 5_000_000_000L;
    while (requetesEnCours.get() > 0 && System.nanoTime() < limite) {
      Thread.onSpinWait();
    }
    return (int) releve().moins(avant).instructionsDesRequetes();
  }

  /** Same as {@link #instructionsPendant(Runnable)}, keeping the answer of the call. */
  public <T> Mesure<T> mesurer(Supplier<T> appel) {
    Object[] resultat = new Object[1];
    int n = instructionsPendant(() -> resultat[0] = appel.get());
    @SuppressWarnings("unchecked")
    T valeur = (T) resultat[0];
    return new Mesure<>(valeur, n);
  }

  /** The answer of a call and the statements the server ran for it. */
  public record Mesure<T>(T resultat, int instructions) {}

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (DANS_UNE_REQUETE.get()) {
      chain.doFilter(request, response);
      return;
    }
    requetesEnCours.incrementAndGet();
    DANS_UNE_REQUETE.set(true);
    try {
      chain.doFilter(request, response);
    } finally {
      DANS_UNE_REQUETE.set(false);
      requetesHttp.increment();
      requetesEnCours.decrementAndGet();
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource source && !Proxy.isProxyClass(bean.getClass())) {
      return envelopper(source, DataSource.class);
    }
    return bean;
  }

  private void compter(String sql) {
    if (journaliser) {
      journal.add(sql);
    }
    if (DANS_UNE_REQUETE.get()) {
      instructionsDesRequetes.increment();
    } else if (Thread.currentThread().getName().startsWith("camundaTaskExecutor")) {
      instructionsDesJobs.increment();
    } else {
      instructionsAutres.increment();
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T envelopper(T cible, Class<T> type) {
    return envelopper(cible, type, null);
  }

  @SuppressWarnings("unchecked")
  private <T> T envelopper(T cible, Class<T> type, String sql) {
    InvocationHandler gestionnaire = (proxy, methode, arguments) -> intercepter(cible, methode, arguments, sql);
    return (T) Proxy.newProxyInstance(CompteurSql.class.getClassLoader(), new Class<?>[] {type}, gestionnaire);
  }

  private Object intercepter(Object cible, Method methode, Object[] arguments, String sqlPrepare) throws Throwable {
    if (methode.getName().equals("unwrap") && arguments != null && arguments[0] instanceof Class<?> c && c.isInstance(cible)) {
      return cible;
    }
    if (methode.getName().equals("isWrapperFor") && arguments != null && arguments[0] instanceof Class<?> c && c.isInstance(cible)) {
      return true;
    }
    if (cible instanceof Statement && EXECUTIONS.contains(methode.getName())) {
      compter(arguments != null && arguments.length > 0 && arguments[0] instanceof String texte ? texte : sqlPrepare);
    }
    Object resultat;
    try {
      resultat = methode.invoke(cible, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    String texte = arguments != null && arguments.length > 0 && arguments[0] instanceof String t ? t : null;
    if (resultat instanceof CallableStatement s) {
      return envelopper(s, CallableStatement.class, texte);
    }
    if (resultat instanceof PreparedStatement s) {
      return envelopper(s, PreparedStatement.class, texte);
    }
    if (resultat instanceof Statement s) {
      return envelopper(s, Statement.class);
    }
    if (resultat instanceof Connection c) {
      return envelopper(c, Connection.class);
    }
    return resultat;
  }
}
