package fr.cpam.demarches.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Profile {@code demo}: the page of the demo's mailbox, {@code /demo/courriels}, open to anyone. */
@Controller
@Profile("demo")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
class DemoBoiteAuxLettresController {

  private final DemoBoiteAuxLettres.Boite boite;

  DemoBoiteAuxLettresController(DemoBoiteAuxLettres.Boite boite) {
    this.boite = boite;
  }

  @GetMapping("/demo/courriels")
  String courriels(Model model) {
    model.addAttribute("courriels", boite.courriels());
    return "demo/courriels";
  }
}
