package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.Conflits;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Replays a person's engine command that lost an optimistic-locking race, so that the person
 * never sees the conflict. In a cluster the database arbitrates between nodes: when an agent
 * completes a task while another node runs a job of the same dossier (a timer, the next step),
 * one of the two transactions is refused with an {@link OptimisticLockingException} and rolled
 * back entirely. The job executor already retries its own jobs; this interceptor does the same
 * for what a person does in Tasklist or through the REST API.
 *
 * <p>Only the commands of {@link #REJOUABLES} are replayed, and only when they are the outermost
 * transaction: inside a transaction of ours (a service of the {@code /api}) the rollback belongs
 * to the caller, and a replay would commit half of it. Replaying is safe because the conflict
 * rolled everything back and our models do their side effects in asynchronous steps, never in
 * the synchronous part of a person's command.
 */
class ReessaiConflitsInterceptor extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(ReessaiConflitsInterceptor.class);

  /** What a person does on a dossier: complete or claim a task, submit a form, send a message. */
  static final Set<Class<?>> REJOUABLES =
      Set.of(
          CompleteTaskCmd.class,
          SubmitTaskFormCmd.class,
          ClaimTaskCmd.class,
          SetTaskVariablesCmd.class,
          CorrelateMessageCmd.class,
          CorrelateAllMessageCmd.class,
          MessageEventReceivedCmd.class);

  /** Tries in all; the third conflict in a row is a real problem and is reported. */
  static final int TENTATIVES = Conflits.TENTATIVES;

  @Override
  public <T> T execute(Command<T> commande) {
    if (!rejouable(commande)) {
      return next.execute(commande);
    }
    for (int tentative = 1; ; tentative++) {
      try {
        return next.execute(commande);
      } catch (OptimisticLockingException conflit) {
        if (tentative >= TENTATIVES) {
          throw conflit;
        }
        LOG.info("Conflit de mise à jour concurrente sur {}, nouvelle tentative ({}/{})",
            commande.getClass().getSimpleName(), tentative + 1, TENTATIVES);
        attendre(tentative);
      }
    }
  }

  private static boolean rejouable(Command<?> commande) {
    return REJOUABLES.contains(commande.getClass())
        && Context.getCommandContext() == null
        && !TransactionSynchronizationManager.isActualTransactionActive();
  }

  /** A short random pause so that the two rivals do not meet again at the same instant. */
  private static void attendre(int tentative) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(20, 100) * tentative);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
