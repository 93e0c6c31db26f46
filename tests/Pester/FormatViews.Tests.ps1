<#
Renders each default view of ImgurPS.Format.ps1xml for a sample object, at 80 and 120 columns, and compares the
text with tests/Pester/FormatSnapshots/<View>.<Width>.txt. This test only compares: after a deliberate change of a view, record
the new text with tests/Pester/Update-FormatSnapshots.ps1 and review the difference before committing it.
#>
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'FormatSnapshots.psm1') -Force
    $views = foreach ($view in Get-FormatView) { foreach ($width in Get-FormatWidth) { $view + @{ Width = $width } } }
}

BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'FormatSnapshots.psm1') -Force
}

Describe 'Default views' {
    It '<Name> renders as recorded at <Width> columns' -ForEach $views {
        $file = Get-FormatSnapshotPath $Name $Width
        Test-Path -LiteralPath $file | Should -BeTrue -Because "the view $Name needs a snapshot recorded by Update-FormatSnapshots.ps1"

        Get-FormatViewText -Type $Type -Table:$Table -Width $Width | Should -BeExactly (Get-Content -LiteralPath $file -Raw)
    }
}

Describe 'What the main views keep at 80 columns' {
    It 'the upload view shows Id, DeleteHash and the whole Link' {
        $text = Get-FormatViewText -Type ImgurPS.Models.ImgurImage -Table -Width 80
        $row = @($text -split "`n" | Where-Object { $_ -match "^Id\d" })[0]

        $row | Should -Match '^Id\d{5} +DeleteHash\d{5} +https://i\.imgur\.com/Link\d{3}\.jpeg '
    }

    It 'the gallery view shows the whole Link' {
        $text = Get-FormatViewText -Type ImgurPS.Models.ImgurGalleryAlbum -Table -Width 80
        $text | Should -Match 'https://i\.imgur\.com/Link\d{3}\.jpeg'
    }

    It 'times show in the local zone' {
        $text = Get-FormatViewText -Type ImgurPS.Models.ImgurMessage -Table -Width 120
        $text | Should -Match '\+05:30'
    }
}
