import { Link } from 'react-router-dom'

import { mainNav, paths } from '@/config/paths'

export function SiteFooter({ storeName, whatsappNumber }: { storeName: string; whatsappNumber: string }) {
  const year = new Date().getFullYear()
  return (
    <footer className="render-when-near mt-16 border-t bg-slate-900 text-slate-200 [contain-intrinsic-block-size:auto_24rem]">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-4 lg:px-6">
        <div className="grid content-start gap-2 sm:col-span-2">
          <p className="text-lg font-semibold text-white">{storeName}</p>
          <p className="max-w-md text-sm leading-6 text-slate-300">
            Instruments, consommables et équipements pour les cabinets dentaires. Des produits sélectionnés, des prix TTC
            affichés et une commande confirmée par notre équipe sur WhatsApp.
          </p>
        </div>
        <nav aria-label="Pied de page" className="grid content-start gap-2 text-sm">
          <p className="font-semibold text-white">La boutique</p>
          <ul className="grid gap-1.5">
            {mainNav.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="text-slate-300 hover:text-white hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link to={paths.account} className="text-slate-300 hover:text-white hover:underline">
                Mon compte
              </Link>
            </li>
          </ul>
        </nav>
        <div className="grid content-start gap-2 text-sm">
          <p className="font-semibold text-white">Nous contacter</p>
          {whatsappNumber && <p className="text-slate-300">WhatsApp : {whatsappNumber}</p>}
          <p className="text-slate-300">Du lundi au samedi, 9 h – 19 h</p>
        </div>
      </div>
      <div className="border-t border-slate-800">
        <p className="mx-auto max-w-7xl px-4 py-4 text-xs text-slate-400 lg:px-6" suppressHydrationWarning>
          © {year} {storeName}. Tous les prix sont indiqués TTC.
        </p>
      </div>
    </footer>
  )
}
