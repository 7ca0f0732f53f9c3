/** Instant feedback for "Check your understanding" quizzes: the answer disclosures still work without it. */
for (const question of document.querySelectorAll<HTMLElement>('[data-quiz] .question')) {
  const feedback = question.querySelector<HTMLElement>('[data-feedback]');
  const answer = Number(question.dataset.answer);
  question.addEventListener('change', (event) => {
    const choice = Number((event.target as HTMLInputElement).value);
    const right = choice === answer;
    question.classList.toggle('right', right);
    question.classList.toggle('wrong', !right);
    if (feedback) feedback.textContent = right ? 'Right.' : 'Not quite. Try another answer, or open “Show the answer”.';
  });
}
