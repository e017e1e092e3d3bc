package cn.evpark.pile;

import cn.evpark.ykc.api.PileEvent;
import cn.evpark.ykc.api.PileMessageListener;
import cn.evpark.ykc.protocol.message.Login;
import cn.evpark.ykc.protocol.message.LoginReply;
import cn.evpark.ykc.protocol.message.PlatformMessage;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform's endpoint of the YKC adapter: every business message of every pile arrives here
 * (one pile's in order) and goes to the service of its feature; what this returns is the reply the
 * adapter sends back. The adapter is found by the listener type, so the same bean binds to the
 * standalone RAR on Payara Micro and to the RAR inside the EAR.
 */
@MessageDriven(messageListenerInterface = PileMessageListener.class)
public class PileMessageBean implements PileMessageListener {

  private static final Logger LOG = Logger.getLogger(PileMessageBean.class.getName());

  @EJB PileService piles;

  @Override
  public Optional<PlatformMessage> onPileMessage(PileEvent event) {
    if (event.message() instanceof Login login) {
      return Optional.of(new LoginReply(login.pileCode(), piles.mayLogIn(login.pileCode())));
    }
    LOG.fine(() -> "pile " + event.pileCode() + ": no handler for " + event.message().type());
    return Optional.empty();
  }
}
