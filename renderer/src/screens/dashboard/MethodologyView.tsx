// 方法说明: every rule the engine applies, with the project's own cut-offs and thresholds (plain text, never HTML).
import { methodology } from '../../../../shared/attain';
import type { EvaluationSettings } from '../../../../shared/model';
import { useLanguage } from '../../services';

/** The methodology section for `settings`. */
export function MethodologyView({ settings }: { settings: EvaluationSettings }) {
  const [lang] = useLanguage();
  const method = methodology(settings, lang);
  return (
    <article className="methodology" aria-labelledby="methodology-title" data-testid="methodology">
      <h2 id="methodology-title" className="section-title">
        {method.title}
      </h2>
      {method.rules.map((rule) => (
        <section key={rule.heading} className="method-rule">
          <h3>{rule.heading}</h3>
          {rule.text.split('\n').map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
